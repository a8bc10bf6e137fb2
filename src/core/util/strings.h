// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace actlab {

std::string toLower(std::string_view s);
bool equalsIgnoringCase(std::string_view a, std::string_view b);
/// Levenshtein distance, for "did you mean" suggestions.
std::size_t editDistance(std::string_view a, std::string_view b);
/// Parses a whole string as a double: an optional sign, then digits with an optional fraction
/// and exponent, or "nan", "inf", "infinity" (any case); nullopt for anything else, such as
/// " 5", "+-5", "1e", "0x10". Numbers beyond the doubles become ±inf or ±0.
std::optional<double> parseDouble(std::string_view s);
/// Shortest text that reads back to the same double (17 significant digits at most);
/// "nan", "inf", "-inf" for the special values.
std::string formatRoundTrip(double v);

} // namespace actlab
