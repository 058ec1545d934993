// Calibration from a store's past shipments: feed the history one CSV record at a time, then ask
// for per-lane figures. A lane is a service and a zone (the zone the destination falls in).
//
// Memory is bounded by the history's span, not its length: a lane keeps a histogram of handling
// days and, per order day, a histogram of transit days (a day-by-duration table, a few thousand
// counters for years of history). No row is stored.
//
// Backtest ("the newest fifth"): the history need not be sorted and may come from standard input,
// so it is read once. Because a lane keeps its transit days per order day (the origin's local
// day the order was placed), the split happens afterwards: order days are taken from the newest
// back, whole days at a time, until the test set is as close as it can be to a fifth of the
// lane's shipments (a day that makes it exactly as close is taken). The test set is never empty
// and never everything; a lane with fewer than 5 shipments or a single order day has no
// backtest. The promise is calibrated on the older days with the same target, and the test set
// is replayed against it: on time when transit <= promise, early when transit < promise.
//
// Rows that cannot be used are counted by reason and listed with their line numbers (the first
// `max_listed_rejections` of them; the count is always complete).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/calibrate/day_histogram.hpp"
#include "core/calibrate/history_columns.hpp"
#include "core/config/store_config.hpp"
#include "core/time/business_calendar.hpp"

namespace od {

// Longest handling or transit accepted: anything longer is a data error, not a shipment.
constexpr int32_t kMaxMeasuredBusinessDays = 366;

struct CalibrationOptions {
  PartsPerMillion target = 950000;  // the share of shipments the promise must meet
  size_t max_listed_rejections = 1000;
};

struct RejectedRow {
  uint64_t line = 0;  // 1-based line of the file where the record starts
  std::string reason;
};

struct LaneBacktest {
  bool available = false;
  uint64_t calibration_count = 0;    // shipments on the older days
  uint64_t test_count = 0;           // shipments on the newest days
  DayNumber test_from = 0;           // first order day of the test set
  int32_t promise_transit_days = 0;  // calibrated on the older days
  uint64_t on_time = 0;              // test shipments with transit <= promise
  uint64_t early = 0;                // test shipments with transit < promise
  double on_time_share() const { return test_count ? double(on_time) / double(test_count) : 0; }
  double early_share() const { return test_count ? double(early) / double(test_count) : 0; }
};

struct LaneCalibration {
  std::string service;
  std::string zone;
  std::string origin;
  uint64_t count = 0;
  DayHistogram handling;
  DayHistogram transit;
  int32_t promise_transit_days = 0;  // transit.smallest_meeting(target)
  LaneBacktest backtest;
};

// Handling pooled over every lane of an origin (handling belongs to the warehouse).
struct OriginCalibration {
  std::string origin;
  DayHistogram handling;
  int32_t promise_handling_days = 0;  // handling.smallest_meeting(target)
};

struct CalibrationResult {
  uint64_t used = 0;
  uint64_t rejected = 0;
  std::vector<RejectedRow> listed_rejections;  // in line order, at most max_listed_rejections
  std::vector<LaneCalibration> lanes;          // services then zones, in configuration order
  std::vector<OriginCalibration> origins;      // configuration order, only origins with data
};

class HistoryCalibrator {
 public:
  // `config` must outlive the calibrator and be a validated configuration.
  HistoryCalibrator(const StoreConfig& config, CalibrationOptions options);
  ~HistoryCalibrator();
  HistoryCalibrator(const HistoryCalibrator&) = delete;
  HistoryCalibrator& operator=(const HistoryCalibrator&) = delete;

  // The header row; false with `problem` set when the history cannot be read at all.
  bool set_header(const std::vector<std::string>& fields, std::string& problem);
  bool has_header() const { return columns_.has_value(); }

  // One data record that starts at `line`: used, or rejected with a reason.
  void add_record(const std::vector<std::string>& fields, uint64_t line);
  // A record the CSV reader could not split into fields.
  void reject(uint64_t line, std::string reason);

  CalibrationResult finish() const;

 private:
  struct Lane;
  struct LaneKey {
    size_t service;
    size_t zone;
    bool operator<(const LaneKey& o) const {
      return service != o.service ? service < o.service : zone < o.zone;
    }
  };
  struct Measured;
  std::optional<std::string> measure(const std::vector<std::string>& fields, Measured& out);
  const BusinessCalendar* dispatch_calendar(const Origin& origin);
  const BusinessCalendar* delivery_calendar(const Service& service, const std::string& country);

  const StoreConfig& config_;
  CalibrationOptions options_;
  std::optional<HistoryColumns> columns_;
  uint64_t used_ = 0;
  uint64_t rejected_ = 0;
  std::vector<RejectedRow> listed_;
  std::map<LaneKey, std::unique_ptr<Lane>> lanes_;
  std::map<std::string, std::optional<BusinessCalendar>> dispatch_calendars_;  // by origin id
  std::map<std::pair<std::string, std::string>, std::optional<BusinessCalendar>>
      delivery_calendars_;  // by service id and destination country
};

// The backtest of one lane from its transit days per order day (see the file comment).
LaneBacktest backtest_newest_fifth(const std::map<DayNumber, DayHistogram>& transit_by_order_day,
                                   PartsPerMillion target);

}  // namespace od
