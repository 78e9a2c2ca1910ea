using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The assemblies of the .NET class library whose types the comparer trusts: their Equals is framework code with
    /// value semantics, and their Comparer properties only read state. Found from anchor types, so the list follows
    /// whatever runtime (.NET or .NET Framework) the module runs on.
    /// </summary>
    internal static class FrameworkAssemblies
    {
        private static readonly HashSet<Assembly> Assemblies = new HashSet<Assembly>
        {
            typeof(object).Assembly, typeof(Uri).Assembly, typeof(Regex).Assembly, typeof(BigInteger).Assembly,
            typeof(Hashtable).Assembly, typeof(HashSet<>).Assembly, typeof(LinkedList<>).Assembly, typeof(SortedSet<>).Assembly,
            typeof(ConcurrentDictionary<,>).Assembly, typeof(OrderedDictionary).Assembly, typeof(ObservableCollection<>).Assembly,
            typeof(StringComparer).Assembly, typeof(Encoding).Assembly, typeof(CultureInfo).Assembly, typeof(Version).Assembly,
            typeof(Enumerable).Assembly,
        };

        // Class-library assemblies that netstandard2.0 cannot name by a type (immutable and frozen collections ship as a
        // package there): trusted by name and Microsoft's public key token, as the runtime loads them.
        private static readonly string[] NamedAssemblies = { "System.Collections.Immutable", "System.Linq", "System.Core" };
        private static readonly string[] MicrosoftKeyTokens = { "b03f5f7f11d50a3a", "b77a5c561934e089", "cc7b13ffcd2ddd51", "7cec85d7bea7798e" };

        // PowerShell's own assemblies (System.Management.Automation: OrderedHashtable...).
        private const string PowerShellKeyToken = "31bf3856ad364e35";

        public static bool Contains(Assembly assembly) => Assemblies.Contains(assembly) || IsNamedFrameworkAssembly(assembly);

        /// <summary>
        /// True for the class library alone: the assemblies above and every other one signed with one of Microsoft's
        /// class-library keys (System.Linq.Expressions, System.Private.Xml, System.Net.Http...), not PowerShell's.
        /// </summary>
        public static bool IsClassLibrary(Assembly assembly) =>
            Contains(assembly) || Array.IndexOf(MicrosoftKeyTokens, KeyToken(assembly.GetName())) >= 0;

        /// <summary>
        /// True for the class library and the platform shipped with it (PowerShell): their collection subclasses keep
        /// their own fields in step with their items (OrderedHashtable's key list), so those fields are not compared.
        /// </summary>
        public static bool IsPlatform(Assembly assembly)
        {
            if (Contains(assembly))
            {
                return true;
            }

            var token = KeyToken(assembly.GetName());
            return token == PowerShellKeyToken || Array.IndexOf(MicrosoftKeyTokens, token) >= 0;
        }

        private static bool IsNamedFrameworkAssembly(Assembly assembly)
        {
            var name = assembly.GetName();
            return Array.IndexOf(NamedAssemblies, name.Name) >= 0 && Array.IndexOf(MicrosoftKeyTokens, KeyToken(name)) >= 0;
        }

        private static string KeyToken(AssemblyName name)
        {
            var token = name.GetPublicKeyToken();
            if (token is null || token.Length == 0)
            {
                return string.Empty;
            }

            var text = new StringBuilder(token.Length * 2);
            foreach (var part in token)
            {
                text.Append(part.ToString("x2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
