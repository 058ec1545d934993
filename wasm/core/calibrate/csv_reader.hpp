// One CSV record at a time from the front of a text buffer (RFC 4180 with the usual leniency):
// fields separated by commas; a field in double quotes may hold commas, line breaks and doubled
// quotes (""); records end at "\n" or "\r\n". The caller owns the buffer and feeds the rest of it
// back after each record, so a file of any size is read in chunks with bounded memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace od {

enum class CsvStatus {
  kRecord,     // `fields` holds one record
  kMalformed,  // the record is broken (see `problem`); it was skipped, reading can go on
  kNeedMore,   // the buffer ends inside a record: append more text and call again
  kEnd,        // nothing left (only when `at_end`)
};

struct CsvStep {
  CsvStatus status = CsvStatus::kEnd;
  // For every status: bytes of the buffer this step used up (drop them before the next call)
  // and the "\n" among them (the caller's line counter advances by this).
  size_t consumed = 0;
  size_t line_breaks = 0;
  size_t empty_lines = 0;    // line breaks before the record began: its line is the counter + this
  const char* problem = "";  // for kMalformed, a plain sentence
};

// Reads the record at the front of `text`. With `at_end` false, a record not yet ended by a line
// break is kNeedMore. With `at_end` true the buffer is all there is: the last line needs no line
// break, and a quote that never closes makes the record kMalformed, skipping only to the end of
// the line it started on so the following lines are still read. Empty lines are skipped (they
// count as consumed line breaks, never as records). `fields` is reused to avoid allocations.
CsvStep read_csv_record(std::string_view text, bool at_end, std::vector<std::string>& fields);

// `text` without a leading UTF-8 byte order mark.
std::string_view skip_utf8_bom(std::string_view text);

}  // namespace od
