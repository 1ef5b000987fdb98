#include "models.hpp"
#include "stages.hpp"
namespace np { void find_issues(Document& doc, const Models*) { doc.issues.clear(); } }
