// Request kinds whose engines are not part of this build yet answer with a clear error value.
#include "api/verbs/verbs.hpp"

namespace od::api {
namespace {

json unavailable(std::string_view what) {
  return error_result({{"", std::string(what) + " is not available in this version."}});
}

}  // namespace

json check_verb(const StoreConfig&, const json&) {
  return unavailable("The cart check");
}
json audit_verb(const StoreConfig&) {
  return unavailable("The store audit");
}

}  // namespace od::api
