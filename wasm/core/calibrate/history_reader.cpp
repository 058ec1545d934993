#include "core/calibrate/history_reader.hpp"

#include "core/calibrate/csv_reader.hpp"

namespace od {

HistoryReader::HistoryReader(const StoreConfig& config, CalibrationOptions options)
    : calibrator_(config, options) {}

void HistoryReader::feed(std::string_view chunk) {
  if (fatal_ || finished_) return;
  if (skipping_long_line_) {
    const size_t eol = chunk.find('\n');
    if (eol == std::string_view::npos) return;
    chunk.remove_prefix(eol + 1);
    ++line_;
    skipping_long_line_ = false;
  }
  buffer_.append(chunk.data(), chunk.size());
  drain(false);
}

void HistoryReader::take(const std::vector<std::string>& fields, uint64_t line) {
  if (calibrator_.has_header()) {
    calibrator_.add_record(fields, line);
    return;
  }
  std::string problem;
  if (!calibrator_.set_header(fields, problem)) fatal_ = RejectedRow{line, problem};
}

void HistoryReader::drain(bool at_end) {
  if (!started_) {
    // Wait for three bytes to tell a byte order mark from data.
    if (buffer_.size() < 3 && !at_end) return;
    if (skip_utf8_bom(buffer_).size() != buffer_.size()) pos_ = 3;
    started_ = true;
  }
  while (!fatal_) {
    std::string_view rest(buffer_);
    rest.remove_prefix(pos_);
    const CsvStep step = read_csv_record(rest, at_end, fields_);
    const uint64_t record_line = line_ + step.empty_lines;
    pos_ += step.consumed;
    line_ += step.line_breaks;
    if (step.status == CsvStatus::kRecord) {
      take(fields_, record_line);
      continue;
    }
    if (step.status == CsvStatus::kMalformed) {
      if (!calibrator_.has_header()) {
        fatal_ = RejectedRow{record_line, std::string("The header row is broken: ") + step.problem};
      } else {
        calibrator_.reject(record_line, step.problem);
      }
      continue;
    }
    if (step.status == CsvStatus::kEnd) break;
    // kNeedMore: keep the unfinished record, unless it has grown past reason.
    if (buffer_.size() - pos_ <= kMaxHistoryRecordBytes) break;
    const std::string_view pending = std::string_view(buffer_).substr(pos_);
    const size_t eol = pending.find('\n');
    const std::string why = "The row is longer than " +
                            std::to_string(kMaxHistoryRecordBytes / 1024) +
                            " KiB, or a quote in it is never closed.";
    if (!calibrator_.has_header()) {
      fatal_ = RejectedRow{record_line, why};
      break;
    }
    calibrator_.reject(record_line, why);
    if (eol == std::string_view::npos) {
      buffer_.clear();
      pos_ = 0;
      skipping_long_line_ = true;
      return;
    }
    pos_ += eol + 1;
    ++line_;
  }
  // Keep the buffer small: drop what has been read.
  if (pos_ > 0 && (pos_ >= buffer_.size() / 2 || at_end)) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
}

CalibrationResult HistoryReader::finish() {
  if (!finished_) {
    if (!skipping_long_line_) drain(true);
    finished_ = true;
    if (!fatal_ && !calibrator_.has_header()) {
      fatal_ = RejectedRow{1, "The history is empty: it needs a header row and shipment rows."};
    }
  }
  return calibrator_.finish();
}

}  // namespace od
