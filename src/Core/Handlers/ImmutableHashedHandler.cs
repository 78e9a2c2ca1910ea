using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds System.Collections.Immutable's hashed collections (ImmutableDictionary, ImmutableHashSet), which store
    /// hash codes in their trees: a field copy would lose keys that hash by identity. They cannot be filled after they
    /// exist, so the whole copy is made here (see <see cref="WholeCopyHandler"/>). Found by name,
    /// so Core needs no reference to the package; reached through the collections' own public API.
    /// </summary>
    internal sealed class ImmutableHashedHandler : WholeCopyHandler
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;
        private readonly bool _isDictionary;
        private readonly bool _valuesAreStructs;
        private readonly object _empty;
        private readonly MethodInfo _withComparers;
        private readonly MethodInfo _add;
        private readonly PropertyInfo[] _comparers;

        private ImmutableHashedHandler(Type type, bool isDictionary)
            : base(type)
        {
            _isDictionary = isDictionary;
            _empty = type.GetField("Empty", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            _comparers = isDictionary
                ? new[] { type.GetProperty("KeyComparer", PublicInstance)!, type.GetProperty("ValueComparer", PublicInstance)! }
                : new[] { type.GetProperty("KeyComparer", PublicInstance)! };
            _withComparers = type.GetMethod(isDictionary ? "WithComparers" : "WithComparer", PublicInstance, null, Array.ConvertAll(_comparers, p => p.PropertyType), null)!;
            var arguments = type.GetGenericArguments();
            _valuesAreStructs = isDictionary && arguments[1].IsValueType;
            _add = type.GetMethod("Add", PublicInstance, null, arguments, null)!;
        }

        public static ImmutableHashedHandler? TryCreate(Type type)
        {
            if (!type.IsGenericType || type.Namespace != "System.Collections.Immutable")
            {
                return null;
            }

            var name = type.GetGenericTypeDefinition().Name;
            var isDictionary = name == "ImmutableDictionary`2";
            if (!isDictionary && name != "ImmutableHashSet`1")
            {
                return null;
            }

            try
            {
                return new ImmutableHashedHandler(type, isDictionary);
            }
            catch (Exception ex) when (ex is NullReferenceException || ex is AmbiguousMatchException || ex is ArgumentException)
            {
                // An unexpected shape of the API (another version): the field walker takes over.
                return null;
            }
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var comparers = Array.ConvertAll(_comparers, comparer => comparer.GetValue(source));
            var copy = _withComparers.Invoke(_empty, comparers)!;
            var position = 0;
            if (_isDictionary)
            {
                var entries = ((IDictionary)source).GetEnumerator();
                while (entries.MoveNext())
                {
                    var key = context.CopyKey(entries.Key, position++);
                    // Add unboxes a struct value at once, so its box must be filled first.
                    var value = _valuesAreStructs ? context.CopyStructValue(entries.Value, entries.Key) : context.CopyValue(entries.Value, entries.Key);
                    copy = _add.Invoke(copy, new[] { key, value })!;
                }

                return copy;
            }

            foreach (var item in (IEnumerable)source)
            {
                copy = _add.Invoke(copy, new[] { context.CopyKey(item, position++) })!;
            }

            return copy;
        }

        internal override IEnumerable<WholeCopyPart> Parts(object source)
        {
            var position = 0;
            if (_isDictionary)
            {
                var entries = ((IDictionary)source).GetEnumerator();
                while (entries.MoveNext())
                {
                    yield return WholeCopyPart.Key(entries.Key, position++);
                    yield return WholeCopyPart.ValueAt(entries.Value, entries.Key);
                }

                yield break;
            }

            foreach (var item in (IEnumerable)source)
            {
                yield return WholeCopyPart.Key(item, position++);
            }
        }
    }
}
