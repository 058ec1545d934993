// One parser per top-level section of the configuration; shared small readers.
#pragma once

#include <string>
#include <vector>

#include "api/json_reader.hpp"
#include "core/config/store_config.hpp"

namespace od::api::config {

void parse_store(const json& v, const std::string& path, Errors& errors, StoreInfo& out);
void parse_origins(const json& v, const std::string& path, Errors& errors,
                   std::vector<Origin>& out);
void parse_zones(const json& v, const std::string& path, Errors& errors, std::vector<Zone>& out);
void parse_services(const json& v, const std::string& path, Errors& errors,
                    std::vector<Service>& out);
void parse_boxes(const json& v, const std::string& path, Errors& errors, std::vector<Box>& out);
void parse_catalogue(const json& v, const std::string& path, Errors& errors,
                     std::vector<CatalogueItem>& out);
void parse_promise(const json& v, const std::string& path, Errors& errors, PromiseSettings& out);
void parse_returns(const json& v, const std::string& path, Errors& errors, ReturnsPolicy& out);
void parse_contact(const json& v, const std::string& path, Errors& errors, ContactSettings& out);
void parse_checks(const json& v, const std::string& path, Errors& errors, CheckSettings& out);

// Checks that need the whole configuration: references between sections, duplicate ids.
void check_references(const StoreConfig& config, Errors& errors);

// Shared readers for values several sections use.
std::optional<std::string> read_country(const json& v, const std::string& path, Errors& errors);
std::optional<std::string> read_time_zone(const json& v, const std::string& path, Errors& errors);
std::optional<HolidayPlace> read_holiday_place(const json& v, const std::string& path,
                                               Errors& errors);
std::optional<WeekdayMask> read_weekdays(const json& v, const std::string& path, Errors& errors);
std::optional<DayRange> read_day_range(const json& v, const std::string& path, Errors& errors);
std::optional<std::vector<TimeSlot>> read_slots(const json& v, const std::string& path,
                                                Errors& errors);
std::optional<Weekday> weekday_from_name(std::string_view name);
std::vector<DayNumber> read_date_list(ObjectReader& r, std::string_view key);

}  // namespace od::api::config
