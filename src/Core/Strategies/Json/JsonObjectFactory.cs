using System.Collections.Generic;
using System.Collections.Specialized;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The built-in rule for what a JSON object comes back as when no adapter builds it: an
    /// <see cref="OrderedDictionary"/>, for both shapes. It keeps JSON's order, holds any value and is what
    /// PowerShell's <c>[ordered]@{}</c> is, without a PowerShell reference. It is case-sensitive, like JSON and like
    /// ConvertFrom-Json -AsHashtable.
    /// </summary>
    internal static class JsonObjectFactory
    {
        public static OrderedDictionary CreateDefault(List<KeyValuePair<string, object?>> members)
        {
            var dictionary = new OrderedDictionary(members.Count);
            foreach (var member in members)
            {
                // The indexer, not Add: a later duplicate name wins, as the adapter contract asks.
                dictionary[member.Key] = member.Value;
            }

            return dictionary;
        }
    }
}
