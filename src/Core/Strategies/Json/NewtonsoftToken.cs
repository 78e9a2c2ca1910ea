using System;
using System.Reflection;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The public properties the Json strategy reads from one Newtonsoft.Json.Linq token type, found by name: Core does
    /// not reference Newtonsoft.Json, which PowerShell 7 ships and any host may load in its own version.
    /// </summary>
    internal sealed class NewtonsoftToken
    {
        private const string LinqNamespace = "Newtonsoft.Json.Linq.";

        private NewtonsoftToken(NewtonsoftTokenKind kind, PropertyInfo value, PropertyInfo? name)
        {
            Kind = kind;
            Value = value;
            Name = name;
        }

        public NewtonsoftTokenKind Kind { get; }

        /// <summary>JValue.Value (the scalar, or a JRaw's JSON text) or JProperty.Value (a token).</summary>
        public PropertyInfo Value { get; }

        /// <summary>JProperty.Name.</summary>
        public PropertyInfo? Name { get; }

        /// <summary>The token this type is, or null when it is none of the kinds the strategy reads specially.</summary>
        public static NewtonsoftToken? For(Type type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.Assembly.GetName().Name != "Newtonsoft.Json")
                {
                    continue;
                }

                switch (current.FullName)
                {
                    case LinqNamespace + "JRaw":
                        return Bind(current, NewtonsoftTokenKind.Raw, "Value", null);
                    case LinqNamespace + "JValue":
                        return Bind(current, NewtonsoftTokenKind.Value, "Value", null);
                    case LinqNamespace + "JProperty":
                        return Bind(current, NewtonsoftTokenKind.Property, "Value", "Name");
                }
            }

            return null;
        }

        private static NewtonsoftToken? Bind(Type type, NewtonsoftTokenKind kind, string valueName, string? nameName)
        {
            var value = type.GetProperty(valueName, BindingFlags.Public | BindingFlags.Instance);
            var name = nameName is null ? null : type.GetProperty(nameName, BindingFlags.Public | BindingFlags.Instance);
            return value is null || (nameName != null && name is null) ? null : new NewtonsoftToken(kind, value, name);
        }
    }
}
