#include "core/calibrate/csv_reader.hpp"

#include <algorithm>

namespace od {
namespace {

constexpr std::string_view::size_type npos = std::string_view::npos;

size_t count_line_breaks(std::string_view text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Gives up on the record that begins at `start`, skipping up to and including the first line
// break at or after `from`.
CsvStep need_more(size_t start, size_t breaks_before);

// (Before the whole line is in the buffer, more input is needed first.)
CsvStep skip_broken(std::string_view text, bool at_end, size_t start, size_t from,
                    size_t breaks_before, const char* problem) {
  const size_t eol = text.find('\n', from);
  if (eol == npos && !at_end) return need_more(start, breaks_before);
  CsvStep step;
  step.status = CsvStatus::kMalformed;
  step.consumed = eol == npos ? text.size() : eol + 1;
  step.line_breaks = breaks_before + count_line_breaks(text.substr(start, step.consumed - start));
  step.empty_lines = breaks_before;
  step.problem = problem;
  return step;
}

CsvStep need_more(size_t start, size_t breaks_before) {
  CsvStep step;
  step.status = CsvStatus::kNeedMore;
  step.consumed = start;
  step.line_breaks = breaks_before;
  step.empty_lines = breaks_before;
  return step;
}

}  // namespace

std::string_view skip_utf8_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

CsvStep read_csv_record(std::string_view text, bool at_end, std::vector<std::string>& fields) {
  // Empty lines ("\n" or "\r\n") are no records.
  size_t start = 0;
  size_t empty_lines = 0;
  for (;;) {
    if (start < text.size() && text[start] == '\n') {
      ++start;
      ++empty_lines;
    } else if (text.substr(start, 2) == "\r\n") {
      start += 2;
      ++empty_lines;
    } else {
      break;
    }
  }
  const std::string_view rest = text.substr(start);
  if (rest.empty() || rest == "\r") {
    if (!at_end) return need_more(start, empty_lines);
    CsvStep end;
    end.status = CsvStatus::kEnd;
    end.consumed = text.size();
    end.line_breaks = empty_lines;
    end.empty_lines = empty_lines;
    return end;
  }

  size_t field_count = 0;
  size_t i = start;
  for (;;) {
    if (fields.size() <= field_count) fields.emplace_back();
    std::string& field = fields[field_count++];
    field.clear();
    if (i < text.size() && text[i] == '"') {
      // Quoted: runs to the first quote that is not doubled.
      ++i;
      for (;;) {
        const size_t q = text.find('"', i);
        if (q == npos) {
          if (!at_end) return need_more(start, empty_lines);
          return skip_broken(text, at_end, start, start, empty_lines,
                             "A quoted field is never closed.");
        }
        field.append(text, i, q - i);
        if (q + 1 == text.size() && !at_end) return need_more(start, empty_lines);  // "" next?
        if (q + 1 < text.size() && text[q + 1] == '"') {
          field.push_back('"');
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
    } else {
      // Plain: runs to a comma or the line end; a "\r" counts as a line end only before "\n".
      size_t j = i;
      for (;;) {
        j = text.find_first_of(",\r\n\"", j);
        if (j == npos) {
          j = text.size();
          break;
        }
        if (text[j] == '"') {
          return skip_broken(text, at_end, start, j, empty_lines,
                             "A quote appears inside a field that is not quoted.");
        }
        if (text[j] != '\r') break;
        if (j + 1 == text.size()) {
          if (!at_end) return need_more(start, empty_lines);
          break;
        }
        if (text[j + 1] == '\n') break;
        ++j;  // a lone "\r" is part of the value
      }
      field.append(text, i, j - i);
      i = j;
    }
    // After a field: a comma, a line end, or the end of the text.
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    if (i == text.size()) {
      if (!at_end) return need_more(start, empty_lines);
      break;
    }
    if (text[i] == '\r' && i + 1 == text.size()) {
      if (!at_end) return need_more(start, empty_lines);
      ++i;
      break;
    }
    if (text.substr(i, 2) == "\r\n") ++i;
    if (text[i] == '\n') {
      ++i;
      break;
    }
    return skip_broken(text, at_end, start, i, empty_lines,
                       "Text follows the closing quote of a field.");
  }
  fields.resize(field_count);
  CsvStep step;
  step.status = CsvStatus::kRecord;
  step.consumed = i;
  step.line_breaks = empty_lines + count_line_breaks(text.substr(start, i - start));
  step.empty_lines = empty_lines;
  return step;
}

}  // namespace od
