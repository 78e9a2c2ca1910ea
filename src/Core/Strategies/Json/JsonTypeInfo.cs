using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>What the Json strategy does with one runtime type, worked out once and cached in <see cref="JsonTypeCache"/>.</summary>
    internal sealed class JsonTypeInfo
    {
        public JsonTypeInfo(JsonTypeKind kind)
        {
            Kind = kind;
        }

        /// <summary>The built-in rule. An adapter, when there is one, comes first, and this is what a declining adapter falls back to.</summary>
        public JsonTypeKind Kind { get; }

        /// <summary>The first registered adapter that writes this type, if any.</summary>
        public JsonShapeAdapter? Adapter { get; set; }

        /// <summary>For <see cref="JsonTypeKind.Scalar"/>: how it is written.</summary>
        public JsonScalarKind Scalar { get; set; }

        /// <summary>For <see cref="JsonTypeKind.NonCopyable"/>: why, in words that fit after "because".</summary>
        public string? NonCopyableReason { get; set; }

        /// <summary>For <see cref="JsonTypeKind.NonCopyable"/> made by a Null or Throw type policy: the action that replaces the copy's <see cref="NonCopyableAction"/>.</summary>
        public NonCopyableAction? FixedAction { get; set; }

        /// <summary>For <see cref="JsonTypeKind.Object"/>: the public instance fields, in order; written before the properties.</summary>
        public FieldInfo[] Fields { get; set; } = System.Array.Empty<FieldInfo>();

        /// <summary>For <see cref="JsonTypeKind.Object"/>: the public readable instance properties, in order.</summary>
        public PropertyInfo[] Properties { get; set; } = System.Array.Empty<PropertyInfo>();

        /// <summary>For <see cref="JsonTypeKind.PairDictionary"/>: adds the entries its generic enumerator lists.</summary>
        public Action<object, List<JsonMember>>? AddPairs { get; set; }

        public override string ToString() => Adapter is null ? Kind.ToString() : "Adapter " + Adapter.GetType().Name + ", else " + Kind;
    }
}
