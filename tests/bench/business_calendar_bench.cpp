// Adding business days over a lane calendar of three members (dispatch, carrier, destination),
// each with public holidays: the hot path of every delivery promise.
#include <benchmark/benchmark.h>

#include "core/time/business_calendar.hpp"

namespace {

od::BusinessCalendar lane() {
  od::CalendarRules dispatch;
  dispatch.holiday_place = "DE-BY";
  od::CalendarRules carrier;
  carrier.open_weekdays = od::WeekdaySet::monday_to_saturday();
  carrier.holiday_place = "DE";
  od::CalendarRules destination;
  destination.holiday_place = "GB-ENG";
  return od::all_of({*od::BusinessCalendar::create(dispatch),
                     *od::BusinessCalendar::create(carrier),
                     *od::BusinessCalendar::create(destination)});
}

// Warm cache: the calendar is built once, as an engine keeps it between requests.
void BM_AddBusinessDays(benchmark::State& state) {
  const od::BusinessCalendar calendar = lane();
  const int32_t n = static_cast<int32_t>(state.range(0));
  od::DayNumber start = od::days_from_civil({2026, 1, 1});
  for (auto _ : state) {
    benchmark::DoNotOptimize(calendar.add_business_days(start, n));
    start = start + 1 > od::days_from_civil({2027, 12, 31}) ? od::days_from_civil({2026, 1, 1})
                                                            : start + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddBusinessDays)->Arg(1)->Arg(5)->Arg(20)->Arg(250)->Arg(2500);

// Cold cache: a fresh calendar per call, so each call also computes the holidays of its years.
void BM_AddBusinessDaysColdCalendar(benchmark::State& state) {
  const int32_t n = static_cast<int32_t>(state.range(0));
  const od::DayNumber start = od::days_from_civil({2026, 12, 20});
  for (auto _ : state) {
    const od::BusinessCalendar calendar = lane();
    benchmark::DoNotOptimize(calendar.add_business_days(start, n));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddBusinessDaysColdCalendar)->Arg(5);

void BM_PublicHolidays(benchmark::State& state) {
  int32_t year = 2024;
  for (auto _ : state) {
    benchmark::DoNotOptimize(od::public_holidays("DE-BY", year));
    year = year == 2035 ? 2024 : year + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PublicHolidays);

}  // namespace

BENCHMARK_MAIN();
