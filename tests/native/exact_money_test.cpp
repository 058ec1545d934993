// Money is worked out exactly and rounded once, half away from zero.
#include <cstdint>

#include <gtest/gtest.h>

#include "core/shipping/exact_money.hpp"

namespace od {
namespace {

TEST(ExactMoney, FifteenPercentOf110_50Is16_575Exactly) {
  EXPECT_EQ(exact_share(11050, 1500)->e4, 16575000);
}

TEST(ExactMoney, RoundingOnceWithTaxGives17_94NotTheTwiceRounded17_95) {
  const ExactMoney share = *exact_share(11050, 1500);
  EXPECT_EQ(*round_with_tax(share, 825), 1794);
  // Rounding the share first (16.58) and then adding 8.25 % would give 17.95.
  EXPECT_EQ(*round_with_tax(ExactMoney{*round_to_minor(share) * kExactPerMinor}, 825), 1795);
}

TEST(ExactMoney, HalvesRoundAwayFromZero) {
  EXPECT_EQ(*round_to_minor(ExactMoney{16575000}), 1658);  // 1657.5
  EXPECT_EQ(*round_to_minor(ExactMoney{16574999}), 1657);
  EXPECT_EQ(*mul_div_round(1, 1, 2), 1);
  EXPECT_EQ(*mul_div_round(3, 1, 2), 2);
}

TEST(ExactMoney, TaxOnWholeAmountsRoundsHalfUp) {
  // 3.95 with 20 % is 4.74 exactly; 0.05 yen with 10 % cannot arise: yen have no minor unit.
  EXPECT_EQ(*round_with_tax(*exact_minor(395), 2000), 474);
  // 1 fils with 5 % is 1.05 fils, shown as 1.
  EXPECT_EQ(*round_with_tax(*exact_minor(1), 500), 1);
  // 10 minor units with 25 % is 12.5: rounds to 13.
  EXPECT_EQ(*round_with_tax(*exact_minor(10), 2500), 13);
}

TEST(ExactMoney, ZeroTaxLeavesTheAmountAsItIs) {
  EXPECT_EQ(*round_with_tax(*exact_minor(1234), 0), 1234);
}

TEST(ExactMoney, OverflowIsRefusedNotWrapped) {
  EXPECT_FALSE(exact_minor(INT64_MAX / 2));
  EXPECT_FALSE(exact_times(ExactMoney{INT64_MAX / 4}, 8));
  EXPECT_FALSE(exact_sum(ExactMoney{INT64_MAX - 1}, ExactMoney{2}));
}

}  // namespace
}  // namespace od
