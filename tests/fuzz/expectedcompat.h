#pragma once
// std::expected for clang 14 on libstdc++ 12, force-included (-include) into
// the sanitizer and fuzzing build only. libstdc++ 12 offers <expected> only
// when __cpp_concepts >= 202002L (conditionally trivial special members,
// P0848), which clang implements from version 16 on; so under clang 14 the
// header is empty and this fills the gap with the part of the interface
// Lotse uses. The GCC build never sees this file.

#include <version>

#if !defined(__cpp_lib_expected)

#include <exception>
#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {

template<class E> class unexpected
{
public:
    template<class G = E>
    requires(!is_same_v<remove_cvref_t<G>, unexpected> && is_constructible_v<E, G>) constexpr explicit unexpected(
        G &&error)
        : m_error(std::forward<G>(error))
    {
    }
    constexpr const E &error() const &noexcept { return m_error; }
    constexpr E &error() &noexcept { return m_error; }
    constexpr E &&error() &&noexcept { return std::move(m_error); }

private:
    E m_error;
};

template<class E> unexpected(E) -> unexpected<E>;

struct unexpect_t
{
    explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

template<class E> class bad_expected_access : public exception
{
public:
    explicit bad_expected_access(E error)
        : m_error(std::move(error))
    {
    }
    const char *what() const noexcept override { return "bad access to std::expected without expected value"; }
    const E &error() const &noexcept { return m_error; }

private:
    E m_error;
};

template<class T, class E> class expected
{
public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() requires is_default_constructible_v<T> : m_state(in_place_index<0>) { }
    template<class U = T>
    requires(
        !is_same_v<
            remove_cvref_t<U>,
            expected> && !is_same_v<remove_cvref_t<U>, in_place_t> && is_constructible_v<T, U>) constexpr expected(U &&value)
        : m_state(in_place_index<0>, std::forward<U>(value))
    {
    }
    template<class G>
    constexpr expected(const unexpected<G> &error)
        : m_state(in_place_index<1>, error.error())
    {
    }
    template<class G>
    constexpr expected(unexpected<G> &&error)
        : m_state(in_place_index<1>, std::move(error).error())
    {
    }
    template<class... Args>
    constexpr explicit expected(unexpect_t, Args &&...args)
        : m_state(in_place_index<1>, std::forward<Args>(args)...)
    {
    }

    constexpr bool has_value() const noexcept { return m_state.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr T &operator*() &noexcept { return *get_if<0>(&m_state); }
    constexpr const T &operator*() const &noexcept { return *get_if<0>(&m_state); }
    constexpr T &&operator*() &&noexcept { return std::move(*get_if<0>(&m_state)); }
    constexpr T *operator->() noexcept { return get_if<0>(&m_state); }
    constexpr const T *operator->() const noexcept { return get_if<0>(&m_state); }

    constexpr T &value() &
    {
        check();
        return **this;
    }
    constexpr const T &value() const &
    {
        check();
        return **this;
    }
    constexpr T &&value() &&
    {
        check();
        return std::move(**this);
    }
    template<class U> constexpr T value_or(U &&fallback) const &
    {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }

    constexpr E &error() &noexcept { return *get_if<1>(&m_state); }
    constexpr const E &error() const &noexcept { return *get_if<1>(&m_state); }
    constexpr E &&error() &&noexcept { return std::move(*get_if<1>(&m_state)); }

private:
    constexpr void check() const
    {
        if (!has_value())
            throw bad_expected_access<E>(error());
    }

    variant<T, E> m_state;
};

template<class E> class expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() noexcept = default;
    template<class G>
    constexpr expected(const unexpected<G> &error)
        : m_error(in_place, error.error())
    {
    }
    template<class G>
    constexpr expected(unexpected<G> &&error)
        : m_error(in_place, std::move(error).error())
    {
    }

    constexpr bool has_value() const noexcept { return !m_error.has_value(); }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr void operator*() const noexcept { }
    constexpr void value() const
    {
        if (m_error)
            throw bad_expected_access<E>(*m_error);
    }

    constexpr E &error() &noexcept { return *m_error; }
    constexpr const E &error() const &noexcept { return *m_error; }
    constexpr E &&error() &&noexcept { return std::move(*m_error); }

private:
    optional<E> m_error;
};

} // namespace std

#endif
