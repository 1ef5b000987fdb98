#include "models.hpp"
#include "stages.hpp"
namespace np { void find_quotes(Document& doc, const Models*) { doc.quotes.clear(); } }
