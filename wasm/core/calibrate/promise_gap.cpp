#include "core/calibrate/promise_gap.hpp"

namespace od {

std::vector<PromiseGap> promises_tighter_than_history(const StoreConfig& config,
                                                      const CalibrationResult& result) {
  std::vector<PromiseGap> gaps;
  for (const OriginCalibration& origin : result.origins) {
    const Origin* configured = config.find_origin(origin.origin);
    if (!configured || origin.handling.empty()) continue;
    const int32_t promised = configured->handling_days.max;
    if (promised >= origin.promise_handling_days) continue;
    PromiseGap gap;
    gap.part = PromisePart::kHandling;
    gap.origin = origin.origin;
    gap.configured_days = promised;
    gap.history_days = origin.promise_handling_days;
    gap.shipments = origin.handling.total();
    gap.late = gap.shipments - origin.handling.count_at_most(promised);
    gaps.push_back(std::move(gap));
  }
  for (const LaneCalibration& lane : result.lanes) {
    const Service* service = config.find_service(lane.service);
    if (!service || lane.transit.empty()) continue;
    for (const ServiceRate& rate : service->rates) {
      if (rate.zone != lane.zone || !rate.transit_days) continue;
      const int32_t promised = rate.transit_days->max;
      if (promised >= lane.promise_transit_days) continue;
      PromiseGap gap;
      gap.part = PromisePart::kTransit;
      gap.origin = lane.origin;
      gap.service = lane.service;
      gap.zone = lane.zone;
      gap.configured_days = promised;
      gap.history_days = lane.promise_transit_days;
      gap.shipments = lane.transit.total();
      gap.late = gap.shipments - lane.transit.count_at_most(promised);
      gaps.push_back(std::move(gap));
    }
  }
  return gaps;
}

}  // namespace od
