using System;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Whether the Json strategy's documented rules make a whole copy null, decided from the root alone, so a check of
    /// the copy can tell a null it was promised from one it was not. The rules are those <see cref="JsonGraphWriter"/>
    /// writes a null by: DBNull (and JSON null, which the DOM adapters hand over as DBNull) comes back as null
    /// (ScalarsAsStrings); a value that cannot be copied comes back as null under NonCopyableAction Null or a Null type
    /// policy, and always when it holds nothing (a null pointer, an unallocated GC handle); a string too long for JSON
    /// is such a value; a Newtonsoft JRaw whose text is null is written as null; and a Clone or custom-copier policy may
    /// return null, the user's say-so. Wrappers (a PSObject) are looked through, as the writer does.
    /// </summary>
    internal static class JsonNullRoot
    {
        public static bool IsDocumented(object root, DeepCopyOptions options)
        {
            var policyTypes = JsonPolicyTypeCache.For(options.TypePolicies);
            var value = root;
            var info = InfoOf(value, policyTypes);
            for (var wrappers = 0; info.Adapter != null && wrappers < JsonWrapperChain.MaxLength; wrappers++)
            {
                var inner = info.Adapter.GetWrappedValue(value);
                if (inner is JsonRawText raw)
                {
                    // A JRaw's text, parsed only where it is written: null exactly when that text is JSON's null.
                    return raw.IsNull();
                }

                if (inner is null || ReferenceEquals(inner, value))
                {
                    break;
                }

                value = inner;
                info = InfoOf(value, policyTypes);
            }

            // An adapter that describes the value writes it as a JSON object, which is never null.
            if (info.Adapter != null && info.Adapter.TryGetMembers(value, new List<KeyValuePair<string, object?>>(), out _))
            {
                return false;
            }

            switch (info.Kind)
            {
                case JsonTypeKind.Scalar when info.Scalar == JsonScalarKind.DBNull:
                    return true;
                case JsonTypeKind.Scalar when info.Scalar == JsonScalarKind.String:
                    return ((string)value).Length > JsonText.MaxLength && options.NonCopyableAction == NonCopyableAction.Null;
                case JsonTypeKind.NonCopyable:
                    return EmptyRuntimeValues.IsEmpty(value) || (info.FixedAction ?? options.NonCopyableAction) == NonCopyableAction.Null;
                case JsonTypeKind.CopiedByPolicy:
                    return true;
                default:
                    return false;
            }
        }

        private static JsonTypeInfo InfoOf(object value, JsonPolicyTypeCache? policyTypes) =>
            policyTypes is null ? JsonTypeCache.Get(value.GetType()) : policyTypes.Get(value.GetType());
    }
}
