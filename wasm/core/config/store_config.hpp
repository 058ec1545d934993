// The store configuration as plain structs: everything the four widgets need. Parsed and
// validated once by the facade (wasm/api/config/), then read by the pure core functions.
// Units: money in minor units of store.currency, grams, millimetres, minutes since midnight.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/time/civil_date.hpp"

namespace od {

// Store-written text, optionally per language ("en", "de", ...). The first entry is the default.
struct LocalizedText {
  std::vector<std::pair<std::string, std::string>> by_language;

  bool empty() const { return by_language.empty(); }
  // The text for `language` (exact, then its primary subtag), else the default.
  const std::string& in(const std::string& language) const;
};

// Bit i (0 = Monday) set when that ISO weekday is included.
struct WeekdayMask {
  uint8_t bits = 0;
  bool has(Weekday d) const { return (bits >> (static_cast<int>(d) - 1)) & 1u; }
  void add(Weekday d) { bits = static_cast<uint8_t>(bits | (1u << (static_cast<int>(d) - 1))); }
  bool any() const { return bits != 0; }
  static WeekdayMask monday_to_friday() { return WeekdayMask{0x1f}; }
};

struct DayRange {
  int32_t min = 0;
  int32_t max = 0;
};

// A place whose public holidays close business: "GB-ENG", "US", "DE-BY". Empty = none.
struct HolidayPlace {
  std::string code;
};

// Minutes since local midnight, [start, end). end may exceed 1440 for a slot past midnight.
struct TimeSlot {
  int32_t start = 0;
  int32_t end = 0;
};

struct DatedHours {
  DayNumber day = 0;
  std::vector<TimeSlot> slots;  // empty = closed that day
};

// ---- Store ------------------------------------------------------------------------------

struct StoreInfo {
  LocalizedText name;
  std::string currency;     // ISO 4217
  int currency_digits = 2;  // minor-unit exponent derived from the currency (JPY 0, KWD 3)
  std::string locale;       // BCP 47, default shopper-facing locale
  std::string time_zone;    // IANA
  std::string country;      // ISO 3166-1 alpha-2 of the store itself
  std::vector<std::string> sells_to;  // countries the store sells to
  std::vector<std::string> languages;
};

// ---- Origins (warehouses) ----------------------------------------------------------------

struct Origin {
  std::string id;
  LocalizedText name;
  std::string country;
  std::string time_zone;
  WeekdayMask dispatch_days = WeekdayMask::monday_to_friday();
  // Order cutoff per ISO weekday (index 0 = Monday), minutes since local midnight.
  std::array<std::optional<int32_t>, 7> cutoff;
  HolidayPlace holidays;
  std::vector<DayNumber> closures;
  DayRange handling_days;  // business days from order acceptance to dispatch
};

// ---- Zones -------------------------------------------------------------------------------

// Postcode patterns are kept as written ("LS1", "HS1-HS9", "9*", "100-149") and normalised at
// match time.
struct ZoneMatch {
  std::string country;                 // alpha-2, or "*" for any
  std::vector<std::string> regions;    // ISO 3166-2 suffixes; empty = any
  std::vector<std::string> postcodes;  // empty = any
  std::vector<std::string> exclude_postcodes;
};

enum class TaxDisplay { Exclusive, Inclusive };

struct Zone {
  std::string id;
  LocalizedText name;
  std::vector<ZoneMatch> matches;  // a destination is in the zone when any match applies
  int32_t tax_rate_bp = 0;         // basis points: 2000 = 20 %
  TaxDisplay tax_display = TaxDisplay::Exclusive;
  bool duties_on_arrival = false;  // shoppers there may pay import duties or taxes on delivery
};

// ---- Services and rates ------------------------------------------------------------------

struct Tier {
  int64_t up_to = 0;   // inclusive upper bound of the tier (grams, minor units or items)
  int64_t amount = 0;  // minor units
};

enum class RuleKind {
  Flat,           // amount per shipment
  WeightTiers,    // tiers on billable weight of the whole shipment
  SubtotalTiers,  // tiers on the cart subtotal
  ItemTiers,      // tiers on the number of units
  ParcelTiers,    // a price per packed parcel by that parcel's billable weight
  PerItem,        // first item + each additional, with an optional cap
  Percent,        // share of the subtotal with min and max
  Handling,       // fixed handling fee
};

struct RateRule {
  RuleKind kind = RuleKind::Flat;
  int64_t amount = 0;              // Flat, Handling
  std::vector<Tier> tiers;         // *Tiers; above the last tier the rule does not apply
  int64_t first = 0;               // PerItem
  int64_t additional = 0;          // PerItem
  std::optional<int64_t> cap;      // PerItem
  int32_t percent_bp = 0;          // Percent, basis points of the subtotal
  std::optional<int64_t> minimum;  // Percent
  std::optional<int64_t> maximum;  // Percent
};

// An extra charge for destinations whose postcode matches (remote areas, islands).
struct Surcharge {
  LocalizedText name;
  std::vector<std::string> postcodes;  // patterns as in ZoneMatch
  int64_t amount = 0;
  bool per_parcel = false;  // charged once per parcel instead of once per shipment
};

enum class ClassPolicy { Highest, Sum };

struct ServiceRate {
  std::string zone;
  std::vector<RateRule> rules;  // amounts add up
  std::vector<Surcharge> surcharges;
  std::optional<int64_t> free_over;  // subtotal after discounts, before tax, reaching this is free
  std::optional<DayRange> transit_days;  // carrier business days from dispatch to delivery
};

struct Service {
  std::string id;
  LocalizedText name;
  std::string carrier;
  std::string origin;  // origin id; empty = the first origin
  WeekdayMask delivery_days = WeekdayMask::monday_to_friday();
  HolidayPlace carrier_holidays;  // empty = the destination's public holidays only
  bool collect = false;           // click-and-collect: no parcels travel
  // Volumetric divisor as carriers state it, cm^3 per kg (5000 typical); 0 = weight only.
  // With millimetres and grams the arithmetic is the same: volumetric grams = mm^3 / divisor.
  int32_t dim_divisor = 0;
  // Billable weight is rounded up to whole steps of this many micrograms (1 kg = 10^9; micrograms
  // keep a pound, 453.59237 g, exact). 0 = not rounded.
  int64_t weight_step_ug = 0;
  std::vector<ServiceRate> rates;
  // Extra charge per shipping class present in the cart ("bulky" -> 1500). A mixed cart pays
  // the highest fee of its classes, or the sum over its distinct classes (never per unit).
  std::vector<std::pair<std::string, int64_t>> class_fees;
  ClassPolicy class_policy = ClassPolicy::Highest;
  std::vector<std::string> excluded_classes;

  const ServiceRate* rate_for_zone(const std::string& zone_id) const;
};

// ---- Boxes and catalogue -----------------------------------------------------------------

using Dims = std::array<int32_t, 3>;  // [w, l, d] millimetres

struct Box {
  std::string id;
  Dims inner{};
  Dims outer{};
  int32_t empty_weight = 0;
  int32_t max_weight = 0;  // includes empty_weight
};

enum class Rotation { Any, KeepFlat, None };

struct CatalogueItem {
  std::string sku;
  LocalizedText name;
  int64_t price = 0;
  int32_t weight = 0;
  Dims dims{};
  Rotation rotation = Rotation::Any;
  std::string shipping_class;
  bool own_packaging = false;
  std::optional<int64_t> stock;
  std::optional<int64_t> max_per_order;
  std::optional<DayNumber> restock_date;    // backordered until then
  int32_t made_to_order_days = 0;           // business days before it can be handled
  std::vector<std::string> cannot_ship_to;  // zone ids or countries
  std::vector<std::string> cannot_ship_by;  // service ids
};

// ---- Promise, returns, contact, checks ---------------------------------------------------

struct PromiseSettings {
  double confidence = 0.95;  // the share of orders the promised date must meet
  bool split_shipments = false;
};

enum class ReturnCost { Unstated, Free, Shopper, Fixed };

struct ReturnsPolicy {
  bool present = false;
  int32_t days = 0;
  ReturnCost cost = ReturnCost::Unstated;
  int64_t cost_amount = 0;
  std::string url;
  LocalizedText summary;
  bool cancel_until_dispatch = false;
  std::string cancellation_url;
};

enum class ChannelType { Phone, Email, Chat, Form, Messaging };

enum class ReplyUnit { None, Minutes, BusinessHours, BusinessDays };

struct ReplyPromise {
  ReplyUnit unit = ReplyUnit::None;
  int32_t amount = 0;
};

struct ContactChannel {
  std::string id;
  ChannelType type = ChannelType::Email;
  LocalizedText label;
  // Phone number, e-mail address or link (a form's: the e-mail address it falls back to).
  std::string address;
  std::string time_zone;
  bool always_open = false;  // whole days every day; dated exceptions still apply
  std::array<std::vector<TimeSlot>, 7> weekly;  // index 0 = Monday; all empty = never open
  HolidayPlace holidays;
  std::vector<DayNumber> closures;
  std::vector<DatedHours> special_hours;
  ReplyPromise reply;
  bool human = true;  // answered by a person
};

struct ContactSettings {
  std::vector<ContactChannel> channels;
  std::string endpoint;  // where the contact form posts JSON; empty = mailto fallback
  // Shown after a message is sent; {name}, {replyBy} and {hours} are filled in by the page.
  LocalizedText acknowledgement;
  LocalizedText human_statement;
  LocalizedText subject;          // of e-mails started from the panel
  LocalizedText time_zone_label;  // how shoppers name the store's time ("UK time")
};

struct CheckSettings {
  int64_t free_shipping_reach = 0;        // show the gap when at most this much is missing; 0 = any
  int32_t shipping_share_warn_bp = 2500;  // warn when shipping exceeds this share of subtotal
};

struct StoreConfig {
  StoreInfo store;
  std::vector<Origin> origins;
  std::vector<Zone> zones;
  std::vector<Service> services;
  std::vector<Box> boxes;
  std::vector<CatalogueItem> catalogue;
  PromiseSettings promise;
  ReturnsPolicy returns;
  ContactSettings contact;
  CheckSettings checks;

  const Origin* find_origin(const std::string& id) const;
  const Zone* find_zone(const std::string& id) const;
  const Service* find_service(const std::string& id) const;
  const CatalogueItem* find_item(const std::string& sku) const;
};

}  // namespace od
