// Whole quotes: zones, services, packing, exclusions, tax display, currencies and free delivery,
// on a store configuration with every rule kind (tests/configs/valid/harbour-rates.json).
#include <gtest/gtest.h>

#include "core/shipping/quote.hpp"
#include "support/quote_fixtures.hpp"

namespace od {
namespace {

using od::testing::cart_of;
using od::testing::config_file;
using od::testing::config_from;
using od::testing::option_for;
using od::testing::to;
using od::testing::unavailable_for;

const StoreConfig& harbour() {
  static const StoreConfig config = config_file("tests/configs/valid/harbour-rates.json");
  return config;
}

ShippingQuote quote(const std::vector<std::pair<std::string, int64_t>>& items, const Destination& d,
                    int64_t discount = 0) {
  return quote_shipping(harbour(), cart_of(harbour(), items, discount), d);
}

// A copy of the option, so it outlives the quote it came from.
QuoteOption must(const QuoteOption* o) {
  EXPECT_NE(o, nullptr);
  return o ? *o : QuoteOption{};
}

// ---- Prices and tax ----------------------------------------------------------------------

TEST(Quote, ATaxInclusiveZoneShowsThePriceWithTax) {
  // One book in the small box: 480 g, billed as 1 kg: the 3.95 tier, 4.74 with 20 % VAT.
  const QuoteOption& o = must(option_for(quote({{"BOOK", 1}}, to("GB", "LS1 4AP")), "standard"));
  EXPECT_EQ(o.price.ex_tax, 395);
  EXPECT_EQ(o.price.inc_tax, 474);
  EXPECT_EQ(o.price.tax, 79);
  EXPECT_TRUE(o.price.tax_included);
  EXPECT_EQ(o.price.shown, 474);
}

TEST(Quote, ATaxExclusiveZoneShowsThePriceWithoutTaxAndRoundsTaxOnce) {
  // 15 % of 110.50 is 16.575: shown as 16.58; with 8.25 % tax 17.9424375, rounded once: 17.94.
  const QuoteOption& o = must(option_for(quote({{"CHART", 1}}, to("US", "10001")), "standard"));
  EXPECT_FALSE(o.price.tax_included);
  EXPECT_EQ(o.price.shown, 1658);
  EXPECT_EQ(o.price.ex_tax, 1658);
  EXPECT_EQ(o.price.inc_tax, 1794);
  EXPECT_EQ(o.price.tax, 136);
}

TEST(Quote, ChargesOfARateAddUpBeforeRounding) {
  // Netherlands: 7.50 flat and 1.50 handling.
  const QuoteOption& o = must(option_for(quote({{"BOOK", 2}}, to("NL")), "standard"));
  EXPECT_EQ(o.charges.size(), 2u);
  EXPECT_EQ(o.price.shown, 900);
}

// ---- Currencies --------------------------------------------------------------------------

TEST(Quote, AZeroDecimalCurrencyIsPricedInWholeYen) {
  const StoreConfig yen = config_file("tests/configs/valid/yen-store.json");
  const ShippingQuote q = quote_shipping(yen, cart_of(yen, {{"WASHI-10", 1}}), to("JP"));
  const QuoteOption& o = must(option_for(q, "yupack"));
  EXPECT_EQ(o.price.ex_tax, 800);
  EXPECT_EQ(o.price.shown, 880);  // 10 % included
}

TEST(Quote, AZeroDecimalCurrencyReachesItsFreeTierExactly) {
  const StoreConfig yen = config_file("tests/configs/valid/yen-store.json");
  // 3 x 1650 = 4950 yen: still 800; 4 x 1650 = 6600 yen: the free tier.
  EXPECT_EQ(
      must(option_for(quote_shipping(yen, cart_of(yen, {{"WASHI-10", 3}}), to("JP")), "yupack"))
          .price.ex_tax,
      800);
  EXPECT_EQ(
      must(option_for(quote_shipping(yen, cart_of(yen, {{"WASHI-10", 4}}), to("JP")), "yupack"))
          .price.ex_tax,
      0);
}

TEST(Quote, AThreeDecimalCurrencyKeepsItsFils) {
  const StoreConfig dinar = config_file("tests/configs/valid/dinar-store.json");
  Cart cart;
  CartLine saffron;
  saffron.sku = "SAFFRON";
  saffron.qty = 1;
  saffron.unit_price = 12345;  // 12.345 KWD
  saffron.weight = 50;
  saffron.dims = {50, 50, 50};
  cart.lines.push_back(saffron);
  // 12.5 % of 12.345 is 1.543125 KWD: 1.543 after the one rounding (the minimum is 1.500).
  const QuoteOption& o = must(option_for(quote_shipping(dinar, cart, to("KW")), "air"));
  EXPECT_EQ(o.price.shown, 1543);
}

// ---- Free delivery -----------------------------------------------------------------------

TEST(Quote, ReachingTheFreeThresholdExactlyAfterADiscountMakesTheOptionFree) {
  // 5 books are 60.00; less 10.00 off the order: 50.00, the threshold itself.
  const ShippingQuote q = quote({{"BOOK", 5}}, to("GB", "LS1 4AP"), 1000);
  const QuoteOption& o = must(option_for(q, "standard"));
  EXPECT_TRUE(o.free);
  EXPECT_EQ(o.price.shown, 0);
  EXPECT_FALSE(o.charges.empty());  // still listed, to explain the price
  ASSERT_TRUE(q.free_shipping);
  EXPECT_EQ(q.free_shipping->remaining, 0);
}

TEST(Quote, OnePennyShortOfTheThresholdAfterADiscountIsNotFree) {
  const ShippingQuote q = quote({{"BOOK", 5}}, to("GB", "LS1 4AP"), 1001);
  EXPECT_FALSE(must(option_for(q, "standard")).free);
  ASSERT_TRUE(q.free_shipping);
  EXPECT_EQ(q.free_shipping->remaining, 1);
}

TEST(Quote, TheFreeShippingGapCountsFromTheSubtotalBeforeTax) {
  const ShippingQuote q = quote({{"BOOK", 1}}, to("GB", "LS1 4AP"));
  ASSERT_TRUE(q.free_shipping);
  EXPECT_EQ(q.free_shipping->threshold, 5000);
  EXPECT_EQ(q.free_shipping->remaining, 3800);
  EXPECT_EQ(q.free_shipping->service->id, "standard");
}

TEST(Quote, AZoneWithoutAThresholdHasNoFreeShippingLine) {
  EXPECT_FALSE(quote({{"BOOK", 1}}, to("DE")).free_shipping);
}

// ---- Surcharges and classes --------------------------------------------------------------

TEST(Quote, ARemotePostcodeAddsTheSurchargeOncePerShipment) {
  const QuoteOption& mainland =
      must(option_for(quote({{"BOOK", 1}}, to("GB", "LS1 4AP")), "standard"));
  const QuoteOption& islands =
      must(option_for(quote({{"BOOK", 1}}, to("GB", "HS2 9AB")), "standard"));
  EXPECT_EQ(islands.price.ex_tax - mainland.price.ex_tax, 600);
}

TEST(Quote, APerParcelSurchargeIsChargedForEveryParcel) {
  const ShippingQuote q = quote({{"LAMP", 3}}, to("GB", "ZE1 0AA"));
  const QuoteOption& o = must(option_for(q, "express"));
  const int64_t parcels = static_cast<int64_t>(o.parcels.size());
  ASSERT_GE(parcels, 2);
  bool found = false;
  for (const Charge& c : o.charges) {
    if (c.kind != ChargeKind::Surcharge) continue;
    found = true;
    EXPECT_EQ(c.amount.e4, 250 * parcels * kExactPerMinor);
    EXPECT_EQ(c.count, parcels);
  }
  EXPECT_TRUE(found);
}

TEST(Quote, WithoutAPostcodeASurchargeIsFlaggedAsPossible) {
  const ShippingQuote q = quote({{"BOOK", 1}}, to("GB"));
  EXPECT_TRUE(must(option_for(q, "standard")).surcharge_unknown);
  EXPECT_TRUE(q.postcode_would_decide);
}

TEST(Quote, AMixedCartPaysTheHighestClassFeeWhereTheServiceSaysHighest) {
  const ShippingQuote q = quote({{"MUG", 1}, {"LAMP", 1}}, to("GB", "LS1 4AP"));
  int64_t fees = 0;
  for (const Charge& c : must(option_for(q, "standard")).charges) {
    if (c.kind == ChargeKind::ClassFee) fees += c.amount.e4;
  }
  EXPECT_EQ(fees, 800 * kExactPerMinor);
}

TEST(Quote, AMixedCartPaysEachClassFeeWhereTheServiceSaysSum) {
  const ShippingQuote q = quote({{"MUG", 2}, {"LAMP", 1}}, to("GB", "LS1 4AP"));
  int64_t fees = 0;
  for (const Charge& c : must(option_for(q, "express")).charges) {
    if (c.kind == ChargeKind::ClassFee) fees += c.amount.e4;
  }
  EXPECT_EQ(fees, (1500 + 500) * kExactPerMinor);  // once per class, never per unit
}

// ---- Exclusions --------------------------------------------------------------------------

TEST(Quote, AnItemThatCannotGoByAServiceIsSetAsideWithItsReason) {
  const ShippingQuote q = quote({{"BOOK", 1}, {"KNIFE", 1}}, to("GB", "LS1 4AP"));
  const QuoteOption& express = must(option_for(q, "express"));
  ASSERT_EQ(express.excluded.size(), 1u);
  EXPECT_EQ(express.excluded[0].line, 1u);
  EXPECT_EQ(express.excluded[0].reason, ItemExclusion::CannotShipByService);
  EXPECT_EQ(express.measures.units, 1);
  EXPECT_EQ(express.measures.subtotal, 1200);  // only what it carries
  EXPECT_TRUE(must(option_for(q, "standard")).excluded.empty());
}

TEST(Quote, AnItemThatCannotGoToACountryIsSetAside) {
  const ShippingQuote q = quote({{"BOOK", 1}, {"KNIFE", 1}}, to("US", "10001"));
  const QuoteOption& o = must(option_for(q, "ground"));
  ASSERT_EQ(o.excluded.size(), 1u);
  EXPECT_EQ(o.excluded[0].reason, ItemExclusion::CannotShipToZone);
}

TEST(Quote, AnItemThatCannotGoToAZoneIsSetAside) {
  const ShippingQuote q = quote({{"BOOK", 1}, {"KAYAK", 1}}, to("IE"));
  const QuoteOption& o = must(option_for(q, "standard"));
  ASSERT_EQ(o.excluded.size(), 1u);
  EXPECT_EQ(o.excluded[0].reason, ItemExclusion::CannotShipToZone);
  EXPECT_EQ(o.measures.units, 1);
}

TEST(Quote, AClassTheServiceDoesNotCarryIsSetAside) {
  const ShippingQuote q = quote({{"BOOK", 1}, {"CANDLE", 1}}, to("GB", "LS1 4AP"));
  const QuoteOption& o = must(option_for(q, "express"));
  ASSERT_EQ(o.excluded.size(), 1u);
  EXPECT_EQ(o.excluded[0].reason, ItemExclusion::ClassNotCarried);
}

TEST(Quote, AnItemNoBoxCanTakeIsSetAsideNotPricedAsSomethingSmaller) {
  const ShippingQuote q = quote({{"BOOK", 1}, {"RUG", 1}}, to("GB", "LS1 4AP"));
  const QuoteOption& o = must(option_for(q, "standard"));
  ASSERT_EQ(o.excluded.size(), 1u);
  EXPECT_EQ(o.excluded[0].reason, ItemExclusion::NoBoxFits);
  EXPECT_EQ(o.measures.units, 1);
}

TEST(Quote, AServiceThatCarriesNothingOfTheCartIsUnavailable) {
  const ShippingQuote q = quote({{"KNIFE", 2}}, to("GB", "LS1 4AP"));
  EXPECT_EQ(option_for(q, "express"), nullptr);
  const UnavailableOption* u = unavailable_for(q, "express");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->reason, Unavailability::NothingToShip);
  ASSERT_EQ(u->excluded.size(), 1u);
}

TEST(Quote, AShipmentBeyondTheLastTierIsUnavailableWithTheMeasure) {
  // Germany prices by units up to 20.
  const ShippingQuote q = quote({{"BOOK", 21}}, to("DE"));
  const UnavailableOption* u = unavailable_for(q, "standard");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->reason, Unavailability::OverLastTier);
  EXPECT_EQ(u->rule.kind, ChargeKind::ItemTier);
  EXPECT_EQ(u->rule.basis, 21);
  EXPECT_EQ(u->rule.limit, 20);
}

// ---- Options -----------------------------------------------------------------------------

TEST(Quote, ServicesAppearInTheOrderTheStoreListsThem) {
  const ShippingQuote q = quote({{"BOOK", 1}}, to("GB", "LS1 4AP"));
  ASSERT_EQ(q.options.size(), 3u);
  EXPECT_EQ(q.options[0].service->id, "standard");
  EXPECT_EQ(q.options[1].service->id, "express");
  EXPECT_EQ(q.options[2].service->id, "collect");
}

TEST(Quote, TheCheapestAndFastestOptionsAreMarked) {
  const ShippingQuote q = quote({{"BOOK", 1}}, to("GB", "LS1 4AP"));
  EXPECT_TRUE(must(option_for(q, "collect")).cheapest);
  EXPECT_FALSE(must(option_for(q, "collect")).fastest);  // nothing travels
  EXPECT_TRUE(must(option_for(q, "express")).fastest);
  EXPECT_FALSE(must(option_for(q, "standard")).cheapest);
}

TEST(Quote, CollectionPacksNothing) {
  const QuoteOption& o = must(option_for(quote({{"BOOK", 3}}, to("GB", "LS1 4AP")), "collect"));
  EXPECT_TRUE(o.parcels.empty());
  EXPECT_EQ(o.price.shown, 0);
}

TEST(Quote, SeveralUnitsShareABoxAndAreNotChargedAsSeveralShipments) {
  const QuoteOption& o = must(option_for(quote({{"BOOK", 2}}, to("GB", "LS1 4AP")), "standard"));
  EXPECT_EQ(o.parcels.size(), 1u);
  EXPECT_EQ(o.price.ex_tax, 395);
}

TEST(Quote, AnUnservedCountryHasNoZoneAndNoOptions) {
  const StoreConfig yen = config_file("tests/configs/valid/yen-store.json");
  const ShippingQuote q = quote_shipping(yen, cart_of(yen, {{"WASHI-10", 1}}), to("FR"));
  EXPECT_EQ(q.zone, nullptr);
  EXPECT_FALSE(q.zone_served);
  EXPECT_TRUE(q.options.empty());
}

TEST(Quote, AnEmptyCartNamesTheZoneAndThresholdButPricesNothing) {
  const ShippingQuote q = quote({}, to("GB", "LS1 4AP"));
  ASSERT_NE(q.zone, nullptr);
  EXPECT_TRUE(q.zone_served);
  EXPECT_TRUE(q.options.empty());
  ASSERT_TRUE(q.free_shipping);
  EXPECT_EQ(q.free_shipping->remaining, 5000);
}

TEST(Quote, BillableWeightInPoundsLandsExactlyOnATwoPoundTier) {
  // One book in the small box: 480 g, but 629 g by size; rounded up to 2 lb (907 g), which is
  // the first tier's bound itself.
  const QuoteOption& o = must(option_for(quote({{"BOOK", 1}}, to("US", "10001")), "ground"));
  ASSERT_EQ(o.parcels.size(), 1u);
  EXPECT_EQ(o.parcels[0].dimensional, 629);  // 256 x 186 x 66 mm over 5000, rounded up
  EXPECT_EQ(o.measures.billable_grams, 907);
  EXPECT_EQ(o.price.ex_tax, 795);
}

TEST(Quote, ARestOfWorldZonePricesByWeight) {
  const ShippingQuote q = quote({{"BOOK", 1}}, to("JP"));
  ASSERT_NE(q.zone, nullptr);
  EXPECT_EQ(q.zone->id, "world");
  EXPECT_EQ(must(option_for(q, "standard")).price.shown, 1500);
}

}  // namespace
}  // namespace od
