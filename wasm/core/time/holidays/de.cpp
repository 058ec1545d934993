// Germany: public holidays of the federation and the 16 states.
// Sources: Unification Treaty art. 2(2) (German Unity Day, 3 October, from 1990); the states'
// holiday acts (Feiertagsgesetze), e.g. BW FTG, BayFTG, BE FeiertG, BbgFTG, BremSFG, HH FeiertG,
// HFeiertagsG, FTG M-V, NFeiertagsG, FeiertagsG NW, RP LFtG, SL FTG, SächsSFG, FeiertG LSA,
// SH SFTG, ThürFtG, with their amendments (Reformation Day in HB, HH, NI, SH from 2018; Women's
// Day in BE from 2019 and MV from 2023; World Children's Day in TH from 2019); the 2017 one-off
// Reformation Day in every state. Only holidays that apply throughout a state are listed (not
// Assumption in parts of Bavaria, Corpus Christi in parts of Saxony and Thuringia, Augsburg's
// Peace Festival). The eastern states' rules are those in force since reunification.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    easter("Good Friday", -2),
    easter("Easter Monday", 1),
    fixed("Labour Day", 5, 1),
    easter("Ascension Day", 39),
    easter("Whit Monday", 50),
    fixed("Day of German Unity", 6, 17).until(1990),
    fixed("Day of German Unity", 10, 3).from(1990),
    once("Reformation Day (500th anniversary)", 2017, 10, 31),
    // Day of Repentance and Prayer: every state until 1994, then Saxony only.
    weekday_on_or_before("Day of Repentance and Prayer", Weekday::Wed, 11, 22).until(1994),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

constexpr HolidayRule kEpiphany = fixed("Epiphany", 1, 6);
constexpr HolidayRule kCorpusChristi = easter("Corpus Christi", 60);
constexpr HolidayRule kAllSaints = fixed("All Saints' Day", 11, 1);
constexpr HolidayRule kReformation = fixed("Reformation Day", 10, 31);

constexpr HolidayRule kBadenWuerttemberg[] = {kEpiphany, kCorpusChristi, kAllSaints};
constexpr HolidayRule kBavaria[] = {kEpiphany, kCorpusChristi, kAllSaints};
constexpr HolidayRule kBerlin[] = {
    fixed("International Women's Day", 3, 8).from(2019),
    once("75th anniversary of the end of World War II", 2020, 5, 8),
    once("80th anniversary of the end of World War II", 2025, 5, 8),
    once("75th anniversary of the 1953 uprising in the GDR", 2028, 6, 17),
};
constexpr HolidayRule kBrandenburg[] = {
    easter("Easter Sunday", 0),
    easter("Whit Sunday", 49),
    kReformation.from(1991),
};
constexpr HolidayRule kReformationFrom2018[] = {kReformation.from(2018)};
constexpr HolidayRule kHesse[] = {kCorpusChristi};
constexpr HolidayRule kMecklenburgVorpommern[] = {
    fixed("International Women's Day", 3, 8).from(2023),
    kReformation.from(1991),
};
constexpr HolidayRule kCorpusChristiAndAllSaints[] = {kCorpusChristi, kAllSaints};
constexpr HolidayRule kSaarland[] = {
    kCorpusChristi,
    fixed("Assumption Day", 8, 15),
    kAllSaints,
};
constexpr HolidayRule kSaxony[] = {
    kReformation.from(1991),
    weekday_on_or_before("Day of Repentance and Prayer", Weekday::Wed, 11, 22).from(1995),
};
constexpr HolidayRule kSaxonyAnhalt[] = {kEpiphany.from(1991), kReformation.from(1991)};
constexpr HolidayRule kThuringia[] = {
    fixed("World Children's Day", 9, 20).from(2019),
    kReformation.from(1991),
};

// The 2017 one-off is already national where Reformation Day is a yearly holiday.
constexpr const char* kNoOneOffReformation[] = {"Reformation Day (500th anniversary)"};

constexpr Subdivision kStates[] = {
    {"BB", kBrandenburg, kNoOneOffReformation},
    {"BE", kBerlin, {}},
    {"BW", kBadenWuerttemberg, {}},
    {"BY", kBavaria, {}},
    {"HB", kReformationFrom2018, {}},
    {"HE", kHesse, {}},
    {"HH", kReformationFrom2018, {}},
    {"MV", kMecklenburgVorpommern, kNoOneOffReformation},
    {"NI", kReformationFrom2018, {}},
    {"NW", kCorpusChristiAndAllSaints, {}},
    {"RP", kCorpusChristiAndAllSaints, {}},
    {"SH", kReformationFrom2018, {}},
    {"SL", kSaarland, {}},
    {"SN", kSaxony, kNoOneOffReformation},
    {"ST", kSaxonyAnhalt, kNoOneOffReformation},
    {"TH", kThuringia, kNoOneOffReformation},
};

// clang-format on
}  // namespace

const Country& country_de() {
  static constexpr Country kCountry{"DE", kNational, kStates};
  return kCountry;
}

}  // namespace od::holidays
