#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/calibrate/csv_reader.hpp"

namespace od {
namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> problems;
};

// Reads all of `text` as one buffer.
Read read_all(std::string_view text) {
  Read out;
  std::vector<std::string> fields;
  for (;;) {
    const CsvStep step = read_csv_record(text, true, fields);
    text.remove_prefix(step.consumed);
    if (step.status == CsvStatus::kEnd) break;
    if (step.status == CsvStatus::kRecord) out.records.push_back(fields);
    if (step.status == CsvStatus::kMalformed) out.problems.push_back(step.problem);
    if (step.consumed == 0) break;
  }
  return out;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, QuotedFieldsKeepCommasLineBreaksAndDoubledQuotes) {
  const Read r = read_all("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0], (Fields{"a", "b,c", "say \"hi\"", "two\nlines"}));
}

TEST(CsvReader, CrLfLineEndsAreNotPartOfTheLastField) {
  const Read r = read_all("a,b\r\nc,\"d\"\r\n");
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (Fields{"a", "b"}));
  EXPECT_EQ(r.records[1], (Fields{"c", "d"}));
}

TEST(CsvReader, TheLastLineNeedsNoLineBreak) {
  const Read r = read_all("a,b\nc,");
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[1], (Fields{"c", ""}));
}

TEST(CsvReader, EmptyLinesAreSkippedButCounted) {
  std::vector<std::string> fields;
  const CsvStep step = read_csv_record("\n\r\nx\n", true, fields);
  EXPECT_EQ(step.status, CsvStatus::kRecord);
  EXPECT_EQ(step.empty_lines, 2u);
  EXPECT_EQ(step.line_breaks, 3u);
  EXPECT_EQ(fields, (Fields{"x"}));
}

TEST(CsvReader, AnUnfinishedRecordAsksForMoreInput) {
  std::vector<std::string> fields;
  EXPECT_EQ(read_csv_record("a,b", false, fields).status, CsvStatus::kNeedMore);
  EXPECT_EQ(read_csv_record("a,\"b\nc", false, fields).status, CsvStatus::kNeedMore);
  EXPECT_EQ(read_csv_record("a,b\r", false, fields).status, CsvStatus::kNeedMore);
  EXPECT_EQ(read_csv_record("a,\"b\"", false, fields).status, CsvStatus::kNeedMore);
}

TEST(CsvReader, AQuoteThatNeverClosesSkipsOnlyItsOwnLine) {
  const Read r = read_all("a,\"open\nb,c\n");
  ASSERT_EQ(r.problems.size(), 1u);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0], (Fields{"b", "c"}));
}

TEST(CsvReader, AStrayQuoteInAPlainFieldIsMalformed) {
  const Read r = read_all("a,b\"c\nd,e\n");
  EXPECT_EQ(r.problems.size(), 1u);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0], (Fields{"d", "e"}));
}

TEST(CsvReader, TextAfterAClosingQuoteIsMalformed) {
  const Read r = read_all("\"a\"b,c\nd\n");
  EXPECT_EQ(r.problems.size(), 1u);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0], (Fields{"d"}));
}

TEST(CsvReader, ALoneCarriageReturnInsideAPlainFieldIsKept) {
  const Read r = read_all("a\rb,c\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0], (Fields{"a\rb", "c"}));
}

TEST(CsvReader, AByteOrderMarkIsSkipped) {
  EXPECT_EQ(skip_utf8_bom("\xEF\xBB\xBFid"), "id");
  EXPECT_EQ(skip_utf8_bom("id"), "id");
}

}  // namespace
}  // namespace od
