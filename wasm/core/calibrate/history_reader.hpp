// A shipment history CSV fed in chunks of any size (a file read piece by piece, or standard
// input): splits records, tracks line numbers, and hands each row to a HistoryCalibrator. Holds
// at most one unfinished record besides the calibrator's histograms. Pure: the caller reads.
//
// The file may start with a UTF-8 byte order mark and use "\n" or "\r\n" line ends. The first
// record is the header. A record longer than kMaxHistoryRecordBytes is rejected and skipped to
// the end of its line (a quote left open would otherwise swallow the rest of the file).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calibrate/history_calibration.hpp"

namespace od {

constexpr size_t kMaxHistoryRecordBytes = 1 << 20;

class HistoryReader {
 public:
  // `config` must outlive the reader.
  HistoryReader(const StoreConfig& config, CalibrationOptions options);

  void feed(std::string_view chunk);
  // Ends the input (reads a last line without a line break) and returns the figures.
  CalibrationResult finish();

  // Set when the history cannot be used at all: no header row, or one without the required
  // columns. Later rows are then ignored.
  const std::optional<RejectedRow>& fatal() const { return fatal_; }
  uint64_t lines_read() const { return line_ - 1; }

 private:
  void drain(bool at_end);
  void take(const std::vector<std::string>& fields, uint64_t line);

  HistoryCalibrator calibrator_;
  std::string buffer_;
  size_t pos_ = 0;
  uint64_t line_ = 1;  // line number at buffer_[pos_]
  bool started_ = false;
  bool skipping_long_line_ = false;
  bool finished_ = false;
  std::optional<RejectedRow> fatal_;
  std::vector<std::string> fields_;
};

}  // namespace od
