// Canada: federal general holidays and each province's and territory's statutory holidays.
// Sources: Canada Labour Code s. 166 and Holidays Act (federal; National Day for Truth and
// Reconciliation from 2021); Employment Standards Code (AB); Employment Standards Act (BC);
// Employment Standards Code (MB); Employment Standards Act (NB); Labour Standards Act (NL);
// Labour Standards Code (NS); Employment Standards Act (NT); Labour Standards Act (NU);
// Employment Standards Act, 2000 (ON); Employment Standards Act (PE); Act respecting labour
// standards and National Holiday Act (QC); The Saskatchewan Employment Act (SK); Employment
// Standards Act (YT). The acts give each worker a day in lieu when a holiday falls on a day
// off, not a common substitute date, so none is listed; only the statutory moves are kept:
// Canada Day on 2 July when 1 July is a Sunday (Holidays Act s. 2(2)) and Quebec's Fête
// nationale on 25 June when 24 June is a Sunday (Loi sur la fête nationale, art. 2).
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kVictoriaDay = weekday_on_or_before("Victoria Day", kMon, 5, 24);
constexpr HolidayRule kThanksgiving = nth_weekday("Thanksgiving", 2, kMon, 10);
constexpr HolidayRule kRemembrance = fixed("Remembrance Day", 11, 11);
constexpr HolidayRule kBoxingDay = fixed("Boxing Day", 12, 26);
constexpr HolidayRule kTruthAndReconciliation =
    fixed("National Day for Truth and Reconciliation", 9, 30);
constexpr HolidayRule kFirstMondayOfAugust = nth_weekday("Civic Holiday", 1, kMon, 8);
constexpr HolidayRule kIndigenousPeoplesDay = fixed("National Indigenous Peoples Day", 6, 21);

constexpr HolidayRule kFederal[] = {
    fixed("New Year's Day", 1, 1),
    easter("Good Friday", -2),
    kVictoriaDay,
    fixed("Canada Day", 7, 1).moves_on(Weekday::Sun, 1),
    nth_weekday("Labour Day", 1, kMon, 9),
    kTruthAndReconciliation.from(2021),
    kThanksgiving,
    kRemembrance,
    fixed("Christmas Day", 12, 25),
    kBoxingDay,
};

// Names of federal holidays that a province does not keep as statutory holidays.
constexpr const char* kNotVictoria[] = {"Victoria Day"};
constexpr const char* kNotThanksgiving[] = {"Thanksgiving"};
constexpr const char* kNotRemembrance[] = {"Remembrance Day"};
constexpr const char* kNotBoxing[] = {"Boxing Day"};
constexpr const char* kNotTruthAndReconciliation[] = {"National Day for Truth and Reconciliation"};

constexpr const char* kAlbertaNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kAlberta[] = {
    nth_weekday("Family Day", 3, kMon, 2).from(1990),
};

constexpr const char* kBritishColumbiaNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kBritishColumbia[] = {
    nth_weekday("Family Day", 2, kMon, 2).years(2013, 2018),
    nth_weekday("Family Day", 3, kMon, 2).from(2019),
    nth_weekday("British Columbia Day", 1, kMon, 8),
    kTruthAndReconciliation.from(2023),
};

constexpr const char* kManitobaNot[] = {kNotTruthAndReconciliation[0], kNotRemembrance[0],
                                        kNotBoxing[0]};
constexpr HolidayRule kManitoba[] = {
    nth_weekday("Louis Riel Day", 3, kMon, 2).from(2008),
    kTruthAndReconciliation.from(2023),
};

constexpr const char* kNewBrunswickNot[] = {kNotVictoria[0], kNotThanksgiving[0], kNotBoxing[0],
                                            kNotTruthAndReconciliation[0]};
constexpr HolidayRule kNewBrunswick[] = {
    nth_weekday("Family Day", 3, kMon, 2).from(2018),
    nth_weekday("New Brunswick Day", 1, kMon, 8),
};

constexpr const char* kNewfoundlandNot[] = {kNotVictoria[0], kNotThanksgiving[0], kNotBoxing[0],
                                            kNotTruthAndReconciliation[0]};
constexpr HolidayRule kNewfoundland[] = {
    kTruthAndReconciliation.from(2023),
};

// Remembrance Day is kept by the Remembrance Day Act (N.S.), which closes businesses.
constexpr const char* kNovaScotiaNot[] = {kNotVictoria[0], kNotThanksgiving[0], kNotBoxing[0],
                                          kNotTruthAndReconciliation[0]};
constexpr HolidayRule kNovaScotia[] = {
    nth_weekday("Heritage Day", 3, kMon, 2).from(2015),
};

constexpr const char* kNorthwestTerritoriesNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kNorthwestTerritories[] = {
    kIndigenousPeoplesDay.from(2001),
    kFirstMondayOfAugust,
    kTruthAndReconciliation.from(2022),  // Bill 47, in force 3 June 2022
};

constexpr const char* kNunavutNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kNunavut[] = {
    fixed("Nunavut Day", 7, 9).from(2020),  // statutory for every employer from 2020
    kFirstMondayOfAugust,
};

constexpr const char* kOntarioNot[] = {kNotRemembrance[0], kNotTruthAndReconciliation[0]};
constexpr HolidayRule kOntario[] = {
    nth_weekday("Family Day", 3, kMon, 2).from(2008),
};

constexpr const char* kPrinceEdwardIslandNot[] = {kNotVictoria[0], kNotThanksgiving[0],
                                                  kNotBoxing[0]};
constexpr HolidayRule kPrinceEdwardIsland[] = {
    nth_weekday("Islander Day", 3, kMon, 2).from(2009),
};

constexpr const char* kQuebecNot[] = {kNotVictoria[0], kNotRemembrance[0], kNotBoxing[0],
                                      kNotTruthAndReconciliation[0]};
constexpr HolidayRule kQuebec[] = {
    weekday_on_or_before("National Patriots' Day", kMon, 5, 24).from(2003),
    fixed("Fête nationale du Québec", 6, 24).moves_on(Weekday::Sun, 1),
};

constexpr const char* kSaskatchewanNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kSaskatchewan[] = {
    nth_weekday("Family Day", 3, kMon, 2).from(2007),
    nth_weekday("Saskatchewan Day", 1, kMon, 8),
};

constexpr const char* kYukonNot[] = {kNotTruthAndReconciliation[0], kNotBoxing[0]};
constexpr HolidayRule kYukon[] = {
    kIndigenousPeoplesDay.from(2017),
    nth_weekday("Discovery Day", 3, kMon, 8),
    kTruthAndReconciliation.from(2023),
};

constexpr Subdivision kProvinces[] = {
    {"AB", kAlberta, kAlbertaNot},
    {"BC", kBritishColumbia, kBritishColumbiaNot},
    {"MB", kManitoba, kManitobaNot},
    {"NB", kNewBrunswick, kNewBrunswickNot},
    {"NL", kNewfoundland, kNewfoundlandNot},
    {"NS", kNovaScotia, kNovaScotiaNot},
    {"NT", kNorthwestTerritories, kNorthwestTerritoriesNot},
    {"NU", kNunavut, kNunavutNot},
    {"ON", kOntario, kOntarioNot},
    {"PE", kPrinceEdwardIsland, kPrinceEdwardIslandNot},
    {"QC", kQuebec, kQuebecNot},
    {"SK", kSaskatchewan, kSaskatchewanNot},
    {"YT", kYukon, kYukonNot},
};

// clang-format on
}  // namespace

const Country& country_ca() {
  static constexpr Country kCountry{"CA", kFederal, kProvinces};
  return kCountry;
}

}  // namespace od::holidays
