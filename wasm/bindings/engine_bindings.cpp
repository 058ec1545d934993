// The browser's view of the engine: the facade's JSON-text methods, one to one, and nothing else.
// The facade never throws; the catch-all here is the last line of defence so that a C++ failure
// reaches JavaScript as an error value, never as a bare exception pointer.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "api/engine.hpp"

namespace {

constexpr const char* kInternalError =
    R"({"ok":false,"errors":[{"path":"","message":"The engine failed unexpectedly."}]})";

template <typename Fn>
std::string guarded(Fn&& fn) {
#if __cpp_exceptions
  try {
    return fn();
  } catch (...) {
    return kInternalError;
  }
#else
  return fn();
#endif
}

// Holds the facade by pointer so that even a failed construction (out of memory) leaves a usable
// object whose every method answers with an error value.
class JsEngine {
 public:
  explicit JsEngine(const std::string& config_json) {
#if __cpp_exceptions
    try {
#endif
      engine_ = std::make_unique<od::api::Engine>(config_json);
#if __cpp_exceptions
    } catch (...) {
    }
#endif
  }

  std::string validate() const {
    return call([](const od::api::Engine& e) { return e.validate(); });
  }
  std::string quote(const std::string& request) const {
    return call([&](const od::api::Engine& e) { return e.quote(request); });
  }
  std::string promise(const std::string& request) const {
    return call([&](const od::api::Engine& e) { return e.promise(request); });
  }
  std::string check(const std::string& request) const {
    return call([&](const od::api::Engine& e) { return e.check(request); });
  }
  std::string contact(const std::string& request) const {
    return call([&](const od::api::Engine& e) { return e.contact(request); });
  }
  std::string audit() const {
    return call([](const od::api::Engine& e) { return e.audit(); });
  }

 private:
  template <typename Fn>
  std::string call(Fn&& fn) const {
    if (!engine_) return kInternalError;
    return guarded([&] { return fn(*engine_); });
  }

  std::unique_ptr<od::api::Engine> engine_;
};

std::string pack_items(const std::string& request) {
  return guarded([&] { return od::api::Engine::pack(request); });
}

std::string local_time(const std::string& zone, const std::string& instant) {
  return guarded([&] { return od::api::Engine::localtime(zone, instant); });
}

std::string public_holidays(const std::string& code, int year) {
  return guarded([&] { return od::api::Engine::holidays(code, year); });
}

std::string engine_version() {
  return OD_VERSION;
}

}  // namespace

EMSCRIPTEN_BINDINGS(overdeliver) {
  emscripten::class_<JsEngine>("Engine")
      .constructor<std::string>()
      .function("validate", &JsEngine::validate)
      .function("quote", &JsEngine::quote)
      .function("promise", &JsEngine::promise)
      .function("check", &JsEngine::check)
      .function("contact", &JsEngine::contact)
      .function("audit", &JsEngine::audit);
  emscripten::function("pack", &pack_items);
  emscripten::function("localtime", &local_time);
  emscripten::function("holidays", &public_holidays);
  emscripten::function("version", &engine_version);
}
