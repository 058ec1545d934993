// Shipping prices are worked out exactly and rounded once.
//
// The rounding rule: every charge of an option (tiers, per-item amounts, percentages of the
// subtotal, surcharges, class fees) is added up exactly, in ten-thousandths of a minor unit.
// Percentages and tax rates are whole basis points (at most two decimals of a percent), so
// nothing is lost on the way. The exact sum is then rounded once to whole minor units, half
// away from zero: once for the price without tax, and once, from the same exact sum, for the
// price with tax. 15 % of 110.50 is 16.575; with 8.25 % tax that is 17.9424375, shown as 17.94
// (rounding 16.575 to 16.58 first would give 17.95).
#pragma once

#include <cstdint>
#include <optional>

namespace od {

inline constexpr int64_t kExactPerMinor = 10'000;  // exact amounts count 1/10000 minor units
inline constexpr int64_t kBasisPoints = 10'000;    // 100 % in basis points

// A non-negative amount of money in ten-thousandths of a minor unit.
struct ExactMoney {
  int64_t e4 = 0;
};

// Each returns nullopt when the result does not fit in 64 bits (the price is then refused).
std::optional<ExactMoney> exact_minor(int64_t minor);
std::optional<ExactMoney> exact_times(ExactMoney amount, int64_t count);
std::optional<ExactMoney> exact_sum(ExactMoney a, ExactMoney b);
// `basis_points` of `minor`, exactly: 15 % of 11050 is 1657.5000.
std::optional<ExactMoney> exact_share(int64_t minor, int64_t basis_points);

// Rounds a*b/c to the nearest integer, halves away from zero; a, b >= 0, c > 0.
std::optional<int64_t> mul_div_round(int64_t a, int64_t b, int64_t c);

// Whole minor units, rounded once.
std::optional<int64_t> round_to_minor(ExactMoney amount);
// Whole minor units of the amount with `tax_bp` basis points of tax added, rounded once.
std::optional<int64_t> round_with_tax(ExactMoney amount, int64_t tax_bp);

}  // namespace od
