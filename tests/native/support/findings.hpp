// The findings of a cart check or a store audit that carry one id.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace od::testing {

// The findings with `id`, in order; the result must be a successful one.
inline std::vector<nlohmann::ordered_json> findings(const nlohmann::ordered_json& result,
                                                    const std::string& id) {
  std::vector<nlohmann::ordered_json> out;
  EXPECT_TRUE(result.value("ok", false)) << result.dump();
  for (const auto& f : result.value("findings", nlohmann::ordered_json::array())) {
    if (f.value("id", "") == id) out.push_back(f);
  }
  return out;
}

}  // namespace od::testing
