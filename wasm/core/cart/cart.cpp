#include "core/cart/cart.hpp"

#include <algorithm>

namespace od {

int64_t Cart::units() const {
  int64_t n = 0;
  for (const auto& line : lines) n += line.qty;
  return n;
}

int64_t Cart::items_total() const {
  int64_t total = 0;
  for (const auto& line : lines) total += line.line_total();
  return total;
}

int64_t Cart::subtotal() const { return std::max<int64_t>(0, items_total() - discount); }

int64_t Cart::total_weight() const {
  int64_t grams = 0;
  for (const auto& line : lines) grams += line.qty * line.weight;
  return grams;
}

}  // namespace od
