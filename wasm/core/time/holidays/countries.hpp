// The built-in countries, one file of rule tables each. To add a country: write xx.cpp with a
// `const Country& country_xx()` from its official sources, declare it here and list it in
// registry.cpp.
#pragma once

#include "core/time/holidays/rules.hpp"

namespace od::holidays {

const Country& country_at();
const Country& country_au();
const Country& country_be();
const Country& country_ca();
const Country& country_cz();
const Country& country_de();
const Country& country_dk();
const Country& country_es();
const Country& country_fi();
const Country& country_fr();
const Country& country_gb();
const Country& country_ie();
const Country& country_it();
const Country& country_jp();
const Country& country_lu();
const Country& country_nl();
const Country& country_no();
const Country& country_nz();
const Country& country_pl();
const Country& country_pt();
const Country& country_se();
const Country& country_us();

}  // namespace od::holidays
