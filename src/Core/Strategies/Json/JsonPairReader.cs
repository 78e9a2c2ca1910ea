using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Lists the entries of a generic dictionary through its own IEnumerable&lt;KeyValuePair&lt;K,V&gt;&gt;. The
    /// non-generic enumerator is not enough: nothing makes it list the pairs (Newtonsoft's JObject lists JProperty
    /// children there), and reading Key and Value by reflection boxed each pair.
    /// </summary>
    internal static class JsonPairReader
    {
        private static readonly MethodInfo AddPairsDefinition =
            typeof(JsonPairReader).GetMethod(nameof(AddPairs), BindingFlags.NonPublic | BindingFlags.Static)!;

        /// <summary>A reader for dictionaries whose pairs are KeyValuePair&lt;<paramref name="key"/>, <paramref name="value"/>&gt;.</summary>
        public static Action<object, List<JsonMember>> For(Type key, Type value) =>
            (Action<object, List<JsonMember>>)AddPairsDefinition.MakeGenericMethod(key, value)
                .CreateDelegate(typeof(Action<object, List<JsonMember>>));

        private static void AddPairs<TKey, TValue>(object dictionary, List<JsonMember> members)
        {
            foreach (var pair in (IEnumerable<KeyValuePair<TKey, TValue>>)dictionary)
            {
                members.Add(JsonMember.ForKey(pair.Key, pair.Value));
            }
        }
    }
}
