using System;
using System.Collections.Generic;
using System.Management.Automation.Language;
using DeepCopy.Core;

namespace DeepCopy.Json
{
    /// <summary>
    /// Writes <c>[NullString]::Value</c>, PowerShell's way of passing a true null string, as JSON null, as ConvertTo-Json
    /// writes it. The built-in rule wrote the object from its public members, of which it has none, so the copy held an
    /// empty PSCustomObject, which PowerShell takes for an object, where the source held a null.
    /// </summary>
    internal sealed class NullStringJsonShapeAdapter : JsonShapeAdapter
    {
        public override bool CanWrite(Type type) => type == typeof(NullString);

        /// <summary>DBNull is the Json strategy's null (JsonLossRules.ScalarsAsStrings), as for a command's empty output.</summary>
        public override object? GetWrappedValue(object value) => DBNull.Value;

        public override bool TryGetMembers(object value, List<KeyValuePair<string, object?>> members, out JsonObjectShape shape)
        {
            // Never asked: the value hands over DBNull, which is written as null, and a wrapper adds no members to a null.
            shape = JsonObjectShape.Object;
            return false;
        }
    }
}
