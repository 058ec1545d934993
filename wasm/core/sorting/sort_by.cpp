#include "core/sorting/sort_by.hpp"

#include <algorithm>
#include <numeric>

namespace od::sorting {

std::vector<std::uint32_t> stable_order(std::uint32_t count, PositionLess less,
                                        const void* context) {
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return less(context, a, b); });
  return order;
}

}  // namespace od::sorting
