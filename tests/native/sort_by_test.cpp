// sort_by: the core's one sort, stable in every build.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/sorting/sort_by.hpp"

namespace od {
namespace {

TEST(SortBy, SortsAscendingByDefault) {
  std::vector<int> v{5, -2, 9, 0, 3};
  sort_by(v);
  EXPECT_EQ(v, (std::vector<int>{-2, 0, 3, 5, 9}));
}

TEST(SortBy, UsesTheGivenComparator) {
  std::vector<int> v{5, -2, 9, 0, 3};
  sort_by(v, [](int a, int b) { return a > b; });
  EXPECT_EQ(v, (std::vector<int>{9, 5, 3, 0, -2}));
}

TEST(SortBy, KeepsEqualElementsInTheirOriginalOrder) {
  std::vector<std::pair<int, char>> v;
  for (int i = 0; i < 40; ++i) v.push_back({i % 3, static_cast<char>('A' + i)});
  sort_by(v, [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 1; i < v.size(); ++i) {
    EXPECT_LE(v[i - 1].first, v[i].first) << i;
    if (v[i - 1].first == v[i].first) {
      EXPECT_LT(v[i - 1].second, v[i].second) << i;
    }
  }
}

TEST(SortBy, MovesElementsWithoutCopyingTheirContents) {
  std::vector<std::string> v{"pear", "apple", std::string(100, 'z'), "fig"};
  const char* long_text = v[2].data();
  sort_by(v);
  EXPECT_EQ(v, (std::vector<std::string>{"apple", "fig", "pear", std::string(100, 'z')}));
  EXPECT_EQ(v[3].data(), long_text);
}

TEST(SortBy, LeavesEmptyAndSingleElementListsAlone) {
  std::vector<int> none;
  sort_by(none);
  EXPECT_TRUE(none.empty());
  std::vector<int> one{7};
  sort_by(one);
  EXPECT_EQ(one, std::vector<int>{7});
}

}  // namespace
}  // namespace od
