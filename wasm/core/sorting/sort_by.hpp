// Sorting for the whole core through one compiled routine. std::sort and std::stable_sort are
// compiled anew for every element type and comparator, about 1 KB of wasm each; here every call
// orders positions with one comparator type and then moves the elements into that order.
// Always stable, so equal elements keep their order in every build, native and wasm alike
// (unstable sorts of libstdc++ and libc++ may leave ties in different orders).
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace od {
namespace sorting {

// Compares the elements at two positions of the sequence `context` stands for.
using PositionLess = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);

// The positions 0..count-1 in the stable order of their elements.
std::vector<std::uint32_t> stable_order(std::uint32_t count, PositionLess less,
                                        const void* context);

}  // namespace sorting

// Sorts `items` by `less`, keeping equal elements in their original order.
template <typename T, typename Less = std::less<T>>
void sort_by(std::vector<T>& items, Less less = Less()) {
  if (items.size() < 2) return;
  struct Context {
    const std::vector<T>& items;
    Less& less;
  } context{items, less};
  const std::vector<std::uint32_t> order = sorting::stable_order(
      static_cast<std::uint32_t>(items.size()),
      [](const void* c, std::uint32_t a, std::uint32_t b) {
        const Context& x = *static_cast<const Context*>(c);
        return static_cast<bool>(x.less(x.items[a], x.items[b]));
      },
      &context);
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace od
