#include "core/shipping/exact_money.hpp"

namespace od {

std::optional<ExactMoney> exact_minor(int64_t minor) {
  return exact_times(ExactMoney{kExactPerMinor}, minor);
}

std::optional<ExactMoney> exact_times(ExactMoney amount, int64_t count) {
  int64_t out = 0;
  if (amount.e4 < 0 || count < 0 || __builtin_mul_overflow(amount.e4, count, &out)) {
    return std::nullopt;
  }
  return ExactMoney{out};
}

std::optional<ExactMoney> exact_sum(ExactMoney a, ExactMoney b) {
  int64_t out = 0;
  if (a.e4 < 0 || b.e4 < 0 || __builtin_add_overflow(a.e4, b.e4, &out)) return std::nullopt;
  return ExactMoney{out};
}

std::optional<ExactMoney> exact_share(int64_t minor, int64_t basis_points) {
  // minor * bp / 10000 minor units is minor * bp ten-thousandths.
  return exact_times(ExactMoney{minor}, basis_points);
}

std::optional<int64_t> mul_div_round(int64_t a, int64_t b, int64_t c) {
  if (a < 0 || b < 0 || c <= 0) return std::nullopt;
  // a*b/c = (q*c + r)*b/c = q*b + r*b/c, with r*b small enough whenever b and c are.
  const int64_t q = a / c;
  const int64_t r = a % c;
  int64_t whole = 0, low = 0;
  if (__builtin_mul_overflow(q, b, &whole) || __builtin_mul_overflow(r, b, &low)) {
    return std::nullopt;
  }
  int64_t out = 0;
  if (__builtin_add_overflow(whole, low / c, &out)) return std::nullopt;
  const int64_t rest = low % c;
  if (rest >= c - rest && __builtin_add_overflow(out, int64_t{1}, &out)) return std::nullopt;
  return out;
}

std::optional<int64_t> round_to_minor(ExactMoney amount) {
  return mul_div_round(amount.e4, 1, kExactPerMinor);
}

std::optional<int64_t> round_with_tax(ExactMoney amount, int64_t tax_bp) {
  if (tax_bp < 0) return std::nullopt;
  return mul_div_round(amount.e4, kBasisPoints + tax_bp, kExactPerMinor * kBasisPoints);
}

}  // namespace od
