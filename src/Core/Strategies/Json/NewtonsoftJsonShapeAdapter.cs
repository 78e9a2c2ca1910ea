using System;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Writes Newtonsoft.Json's documents (PowerShell 7 ships the library; scripts parse with [JObject]::Parse) as the
    /// JSON they hold. By the built-in rules a JValue, which enumerates its (no) child tokens, was an empty array; a
    /// JObject is a dictionary and a JArray a list already.
    /// </summary>
    internal sealed class NewtonsoftJsonShapeAdapter : JsonShapeAdapter
    {
        // Bound per type, not once: a host may load several versions of Newtonsoft.Json side by side, and may unload
        // one (a collectible load context), so those types are held weakly.
        private readonly TypeTable<NewtonsoftToken?> _tokens = new TypeTable<NewtonsoftToken?>();

        public override bool CanWrite(Type type) => TokenOf(type) != null;

        public override object? GetWrappedValue(object value)
        {
            var token = TokenOf(value.GetType());
            switch (token?.Kind)
            {
                case NewtonsoftTokenKind.Value:
                    // A null value is JSON null; DBNull stands in because null here would mean "not a wrapper".
                    return token.Value.GetValue(value) ?? DBNull.Value;
                case NewtonsoftTokenKind.Raw:
                    return token.Value.GetValue(value) is string json ? new JsonRawText(json) : DBNull.Value;
                default:
                    return null;
            }
        }

        public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
        {
            shape = JsonObjectShape.Dictionary;
            var token = TokenOf(value.GetType());
            if (token?.Kind != NewtonsoftTokenKind.Property)
            {
                return false;
            }

            members.Add(new KeyValuePair<string, object?>((string?)token.Name!.GetValue(value) ?? string.Empty, token.Value.GetValue(value)));
            return true;
        }

        private NewtonsoftToken? TokenOf(Type type) => _tokens.GetOrAdd(type, NewtonsoftToken.For);
    }
}
