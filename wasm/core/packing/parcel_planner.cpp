#include "core/packing/parcel_planner.hpp"

#include <algorithm>
#include <iterator>

namespace od::packing {
namespace {

// A few distinct ways of filling a box; the planner keeps whichever serves it best.
constexpr FillStrategy kStrategies[] = {
    {BlockChoice::LargestVolume, Anchoring::AnyCorner},
    {BlockChoice::TightestFit, Anchoring::AnyCorner},
    {BlockChoice::LargestVolume, Anchoring::FloorCorner},
    {BlockChoice::TightestFit, Anchoring::FloorCorner},
};
// A fill costs time in proportion to the number of different items. Carts with more than this
// many get the first strategy only, which keeps the worst request the packer accepts well under
// a second.
constexpr std::size_t kKindsForAllStrategies = 200;

struct Load {
  std::int64_t volume = 0;
  std::int64_t weight = 0;
  bool empty() const { return volume == 0; }
};

Load load_of(const std::vector<FillKind>& kinds, const std::vector<std::int32_t>& count) {
  Load load;
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    load.volume += count[k] * kinds[k].volume;
    load.weight += count[k] * kinds[k].weight;
  }
  return load;
}

bool fits_alone(const PlannerBox& box, const FillKind& kind) {
  if (kind.weight > box.capacity) return false;
  for (std::uint8_t s = 0; s < kind.size_count; ++s) {
    if (fits_within(kind.sizes[s], box.inner)) return true;
  }
  return false;
}

// Cheap necessary conditions for `box` to take every unit in `count`.
bool might_take_all(const PlannerBox& box, const std::vector<FillKind>& kinds,
                    const std::vector<std::int32_t>& count, const Load& load) {
  if (volume_of(box.inner) < load.volume || box.capacity < load.weight) return false;
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (count[k] > 0 && !fits_alone(box, kinds[k])) return false;
  }
  return true;
}

bool all_placed(const std::vector<std::int32_t>& count) {
  return std::all_of(count.begin(), count.end(), [](std::int32_t c) { return c == 0; });
}

class Planner {
 public:
  Planner(const std::vector<PlannerBox>& boxes, const std::vector<FillKind>& kinds)
      : boxes_(boxes),
        kinds_(kinds),
        strategies_(kinds.size() <= kKindsForAllStrategies ? std::size(kStrategies) : 1) {}

  // The smallest box that takes every unit in `count`, with its fill, if any box does.
  bool fill_smallest_taking_all(const std::vector<std::int32_t>& count, std::size_t up_to_box,
                                PlannedParcel& out, std::vector<bool>* tried = nullptr,
                                PlannedParcel* most = nullptr) {
    const Load load = load_of(kinds_, count);
    for (std::size_t b = 0; b < up_to_box; ++b) {
      if (!might_take_all(boxes_[b], kinds_, count, load)) continue;
      if (tried) (*tried)[b] = true;
      for (std::size_t s = 0; s < strategies_; ++s) {
        const FillStrategy& strategy = kStrategies[s];
        scratch_ = count;
        FillOutcome fill =
            filler_.fill(boxes_[b].inner, boxes_[b].capacity, kinds_, scratch_, strategy);
        if (all_placed(scratch_)) {
          out = {b, std::move(fill)};
          return true;
        }
        if (most) keep_if_more(b, std::move(fill), *most);
      }
    }
    return false;
  }

  // The box and fill that take the largest volume of `count`; `most` may already hold a
  // candidate, and boxes marked in `tried` were filled already.
  void fill_most(const std::vector<std::int32_t>& count, const std::vector<bool>& tried,
                 PlannedParcel& most) {
    for (std::size_t b = boxes_.size(); b-- > 0;) {
      if (tried[b] || volume_of(boxes_[b].inner) < most.fill.volume) continue;
      for (std::size_t s = 0; s < strategies_; ++s) {
        const FillStrategy& strategy = kStrategies[s];
        scratch_ = count;
        keep_if_more(
            b, filler_.fill(boxes_[b].inner, boxes_[b].capacity, kinds_, scratch_, strategy), most);
      }
    }
  }

 private:
  // More volume wins; on a tie the smaller box, then the first strategy tried.
  static void keep_if_more(std::size_t box, FillOutcome&& fill, PlannedParcel& most) {
    const bool more = fill.volume > most.fill.volume ||
                      (fill.volume == most.fill.volume && fill.volume > 0 && box < most.box);
    if (more) most = {box, std::move(fill)};
  }

  const std::vector<PlannerBox>& boxes_;
  const std::vector<FillKind>& kinds_;
  const std::size_t strategies_;  // how many of kStrategies to try
  ContainerFiller filler_;
  std::vector<std::int32_t> scratch_;
};

std::vector<std::int32_t> units_in(const FillOutcome& fill, std::size_t kind_count) {
  std::vector<std::int32_t> units(kind_count, 0);
  for (const FillBlock& b : fill.blocks) units[b.kind] += b.count[0] * b.count[1] * b.count[2];
  return units;
}

void subtract(std::vector<std::int32_t>& count, const std::vector<std::int32_t>& used) {
  for (std::size_t k = 0; k < count.size(); ++k) count[k] -= used[k];
}

}  // namespace

ParcelPlan plan_parcels(const std::vector<PlannerBox>& boxes, const std::vector<FillKind>& kinds,
                        std::vector<std::int32_t> count, std::size_t max_parcels) {
  ParcelPlan plan;
  Planner planner(boxes, kinds);
  std::vector<bool> finished_whole;  // per parcel: already the smallest box for its contents

  while (!all_placed(count) && (max_parcels == 0 || plan.parcels.size() < max_parcels)) {
    PlannedParcel chosen;
    std::vector<bool> tried(boxes.size(), false);
    if (planner.fill_smallest_taking_all(count, boxes.size(), chosen, &tried, &chosen)) {
      subtract(count, units_in(chosen.fill, kinds.size()));
      plan.parcels.push_back(std::move(chosen));
      finished_whole.push_back(true);
      break;
    }
    planner.fill_most(count, tried, chosen);
    if (chosen.fill.volume == 0) break;  // cannot happen when every kind fits some box alone
    subtract(count, units_in(chosen.fill, kinds.size()));
    plan.parcels.push_back(std::move(chosen));
    finished_whole.push_back(false);
  }

  // A parcel filled as full as possible may still fit a smaller box.
  for (std::size_t p = 0; p < plan.parcels.size(); ++p) {
    if (finished_whole[p]) continue;
    PlannedParcel& parcel = plan.parcels[p];
    PlannedParcel smaller;
    if (planner.fill_smallest_taking_all(units_in(parcel.fill, kinds.size()), parcel.box,
                                         smaller)) {
      parcel = std::move(smaller);
    }
  }
  plan.left = std::move(count);
  return plan;
}

}  // namespace od::packing
