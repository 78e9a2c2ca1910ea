using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Globalization;
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
        };

        public static bool Contains(Assembly assembly) => Assemblies.Contains(assembly);
    }
}
