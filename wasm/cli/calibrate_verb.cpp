#include "cli/calibrate_verb.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "api/config/config_parser.hpp"
#include "api/errors.hpp"
#include "api/json_reader.hpp"
#include "cli/input_files.hpp"
#include "core/calibrate/history_reader.hpp"
#include "core/time/civil_date.hpp"

namespace od::cli {
namespace {

using api::json;

constexpr size_t kChunkBytes = 1 << 20;

struct Arguments {
  std::string config;
  std::string history;
  double target = 0.95;
};

std::optional<Arguments> parse_arguments(const std::vector<std::string>& args, std::string& why) {
  Arguments out;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--target") {
      if (i + 1 == args.size()) {
        why = "--target needs a share such as 0.95";
        return std::nullopt;
      }
      const std::string& value = args[++i];
      char* end = nullptr;
      out.target = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !share_to_ppm(out.target) || out.target >= 1.0) {
        why = "--target must be a share between 0 and 1, such as 0.95";
        return std::nullopt;
      }
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.size() != 2) {
    why = "calibrate takes CONFIG HISTORY.csv [--target 0.95]";
    return std::nullopt;
  }
  out.config = files[0];
  out.history = files[1];
  return out;
}

// Streams the history into the reader; false when the file cannot be opened or read.
bool read_history(const std::string& path, HistoryReader& reader) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) return false;
  std::unique_ptr<char[]> chunk(new char[kChunkBytes]);
  bool ok = true;
  for (;;) {
    const size_t n = std::fread(chunk.get(), 1, kChunkBytes, file);
    if (n > 0) reader.feed(std::string_view(chunk.get(), n));
    if (n < kChunkBytes) {
      ok = !std::ferror(file);
      break;
    }
  }
  if (file != stdin) std::fclose(file);
  return ok;
}

json percentiles(const DayHistogram& h, std::initializer_list<int> percents) {
  json out = json::object();
  for (int p : percents) {
    const auto days = h.smallest_meeting(static_cast<PartsPerMillion>(p) * 10000);
    out["p" + std::to_string(p)] = days ? json(*days) : json(nullptr);
  }
  return out;
}

json backtest_json(const LaneBacktest& b) {
  if (!b.available) {
    return {{"onTime", nullptr}, {"early", nullptr}, {"shipments", 0}};
  }
  return {{"onTime", b.on_time_share()},         {"early", b.early_share()},
          {"shipments", b.test_count},           {"from", format_day(b.test_from)},
          {"calibratedOn", b.calibration_count}, {"promiseTransitDays", b.promise_transit_days}};
}

json day_range(const DayHistogram& h, int32_t promise) {
  return {{"min", std::min(h.smallest_meeting(kWhole / 2).value_or(0), promise)}, {"max", promise}};
}

// A partial configuration: entries are matched by "id" (and rates by "zone"); only the days
// change. The lower bound becomes the median, what usually happens.
json config_patch(const CalibrationResult& r) {
  json patch = json::object();
  if (!r.origins.empty()) {
    json origins = json::array();
    for (const OriginCalibration& o : r.origins) {
      origins.push_back(
          {{"id", o.origin}, {"handlingDays", day_range(o.handling, o.promise_handling_days)}});
    }
    patch["origins"] = std::move(origins);
  }
  json services = json::array();
  for (const LaneCalibration& lane : r.lanes) {
    json rate = {{"zone", lane.zone},
                 {"transitDays", day_range(lane.transit, lane.promise_transit_days)}};
    if (services.empty() || services.back()["id"] != lane.service) {
      services.push_back({{"id", lane.service}, {"rates", json::array()}});
    }
    services.back()["rates"].push_back(std::move(rate));
  }
  if (!services.empty()) patch["services"] = std::move(services);
  return patch;
}

json rejected_json(const CalibrationResult& r, const std::string& file) {
  json list = json::array();
  for (const RejectedRow& row : r.listed_rejections) {
    list.push_back({{"path", file + ":" + std::to_string(row.line)}, {"message", row.reason}});
  }
  return list;
}

int print(const json& result) {
  std::cout << result.dump() << "\n";
  const json::const_iterator ok = result.find("ok");
  return ok != result.end() && *ok == true ? 0 : 1;
}

}  // namespace

int run_calibrate(const std::vector<std::string>& args, const UsageError& usage) {
  std::string why;
  const auto arguments = parse_arguments(args, why);
  if (!arguments) return usage(why);

  const auto config_text = read_input(arguments->config);
  if (!config_text) return usage("cannot read " + arguments->config);
  api::Errors errors;
  StoreConfig config;
  if (auto document = api::parse_json_text(*config_text, "", errors, "configuration")) {
    config = api::parse_store_config(*document, errors);
  }
  if (!errors.empty()) {
    errors.insert(errors.begin(), {"",
                                   "The store configuration has errors, so the history "
                                   "cannot be calibrated until they are fixed."});
    return print(api::error_result(errors));
  }

  CalibrationOptions options;
  options.target = *share_to_ppm(arguments->target);
  HistoryReader reader(config, options);
  if (!read_history(arguments->history, reader)) {
    return usage("cannot read " + arguments->history);
  }
  const CalibrationResult result = reader.finish();
  const std::string file = arguments->history == "-" ? "stdin" : arguments->history;

  if (reader.fatal()) {
    return print(api::error_result(
        {{file + ":" + std::to_string(reader.fatal()->line), reader.fatal()->reason}}));
  }
  if (result.used == 0) {
    api::Errors none{{file, "No row of the history could be used, so nothing can be calibrated."}};
    for (const RejectedRow& row : result.listed_rejections) {
      none.push_back({file + ":" + std::to_string(row.line), row.reason});
    }
    return print(api::error_result(none));
  }

  json lanes = json::array();
  for (const LaneCalibration& lane : result.lanes) {
    lanes.push_back({{"service", lane.service},
                     {"zone", lane.zone},
                     {"origin", lane.origin},
                     {"count", lane.count},
                     {"handlingDays", percentiles(lane.handling, {50, 95})},
                     {"transitDays", percentiles(lane.transit, {50, 90, 95, 99})},
                     {"promiseTransitDays", lane.promise_transit_days},
                     {"backtest", backtest_json(lane.backtest)}});
  }
  json out = {{"ok", true},
              {"target", arguments->target},
              {"rows", {{"used", result.used}, {"rejected", result.rejected}}},
              {"lanes", std::move(lanes)},
              {"configPatch", config_patch(result)},
              {"rejectedRows", rejected_json(result, file)}};
  if (result.rejected > result.listed_rejections.size()) {
    out["rejectedRowsNotListed"] = result.rejected - result.listed_rejections.size();
  }
  return print(out);
}

}  // namespace od::cli
