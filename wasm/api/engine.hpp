// The one facade over the core. Built once from a store configuration (validated once), then
// answers requests. Every method takes JSON text and returns JSON text per the CLI contract:
// {"ok":true,...} or {"ok":false,"errors":[{"path","message"}]}. No method ever throws.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace od::api {

struct EngineState;

// The answer when something inside threw (the native build catches it; the wasm module is built
// without exceptions). The fuzzers treat it as a failure.
inline constexpr const char* kInternalErrorResult =
    R"({"ok":false,"errors":[{"path":"","message":"Something went wrong while working this out; nothing was changed. Please report it."}]})";

class Engine {
 public:
  explicit Engine(std::string_view config_json);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  bool ok() const;               // the configuration is valid
  std::string validate() const;  // {"ok":true} or every configuration error at once

  std::string quote(std::string_view request_json) const;
  std::string promise(std::string_view request_json) const;
  std::string check(std::string_view request_json) const;
  std::string contact(std::string_view request_json) const;
  std::string audit() const;

  // Verbs that need no store configuration.
  static std::string pack(std::string_view request_json);
  static std::string localtime(std::string_view zone, std::string_view instant);
  static std::string holidays(std::string_view code, int year);

 private:
  std::unique_ptr<EngineState> state_;
};

}  // namespace od::api
