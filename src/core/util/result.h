// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pgs {

// Errors are values in core (Qt Creator's Result<T>, KArchive's errorString()): core never shows
// a dialog or prints; the GUI and the CLI decide how to present an Error.
struct Error
{
    QString message; // one translated line, safe to show: never contains a password
    QString detail;  // optional longer text (server DETAIL/HINT, tool stderr), shown on demand
    QString code;    // optional machine-readable code, e.g. a SQLSTATE or "auth-failed"

    static Error of(QString message, QString detail = {}, QString code = {})
    {
        return Error{std::move(message), std::move(detail), std::move(code)};
    }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;
inline Status ok() { return Done{}; }

} // namespace pgs
