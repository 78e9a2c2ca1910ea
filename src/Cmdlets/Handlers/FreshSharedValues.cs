using System;
using System.Globalization;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Fresh, equal instances of values a copy otherwise shares, for the one case where sharing them is wrong: a wrapper
    /// with members of its own around such a value. PowerShell keeps those members under the wrapped value, so a copy
    /// sharing the value would share them too; a fresh instance carries the copied members instead. Receive-Job and
    /// remoting give every object PSComputerName, RunspaceId and PSShowComputerName, and bring these three types back
    /// live. Only exact types whose new instance is indistinguishable from the source but by reference are made again:
    /// a Version (Clone keeps all four parts, unset ones included), a Uri (made from its original string, and kept only
    /// when every form it prints is the same), a CultureInfo (Clone keeps its name, user overrides and any changed
    /// formats, then read-only again if the source was).
    /// </summary>
    internal static class FreshSharedValues
    {
        /// <summary>True when <paramref name="value"/> has a fresh, equal instance, given in <paramref name="fresh"/>.</summary>
        public static bool TryCopy(object value, out object fresh)
        {
            var type = value.GetType();
            if (type == typeof(Version))
            {
                fresh = ((Version)value).Clone();
                return true;
            }

            if (type == typeof(CultureInfo))
            {
                var culture = (CultureInfo)value;
                var clone = (CultureInfo)culture.Clone();
                fresh = culture.IsReadOnly ? CultureInfo.ReadOnly(clone) : clone;
                return true;
            }

            fresh = type == typeof(Uri) ? FreshUri((Uri)value)! : null!;
            return fresh != null;
        }

        private static Uri? FreshUri(Uri source)
        {
            // A Uri made with the obsolete dontEscape constructor was parsed as already escaped; a new one would not be.
            if (source.UserEscaped)
            {
                return null;
            }

            Uri fresh;
            try
            {
                fresh = new Uri(source.OriginalString, source.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
            }
            catch (UriFormatException)
            {
                return null;
            }

            // Made from its original string it parses the same, unless it was made with options a string does not carry
            // (combined with a base, canonicalization turned off): then some form it prints differs, and it is not used.
            var same = fresh.IsAbsoluteUri == source.IsAbsoluteUri &&
                string.Equals(fresh.OriginalString, source.OriginalString, StringComparison.Ordinal) &&
                string.Equals(fresh.ToString(), source.ToString(), StringComparison.Ordinal) &&
                (!source.IsAbsoluteUri || string.Equals(fresh.AbsoluteUri, source.AbsoluteUri, StringComparison.Ordinal));
            return same ? fresh : null;
        }
    }
}
