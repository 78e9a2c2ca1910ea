using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds System.Collections.Immutable's keyed collections through their comparers: the hashed ones
    /// (ImmutableDictionary, ImmutableHashSet) store hash codes in their trees, and the sorted ones (ImmutableSortedDictionary,
    /// ImmutableSortedSet) keep their keys in the order their comparer gave the source's keys. A field copy would lose keys
    /// that hash by identity, or that a comparer orders by identity, and would keep two keys whose copies became equal.
    /// Both kinds share one API (Empty, KeyComparer, WithComparer(s), Add). They cannot be filled after they
    /// exist, so the whole copy is made here (see <see cref="WholeCopyHandler"/>). Found by name,
    /// so Core needs no reference to the package; reached through the collections' own public API.
    /// </summary>
    internal sealed class ImmutableKeyedHandler : WholeCopyHandler
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;
        private readonly bool _isDictionary;
        private readonly bool _valuesAreStructs;
        private readonly object _empty;
        private readonly MethodInfo _withComparers;
        private readonly MethodInfo _add;
        private readonly PropertyInfo[] _comparers;

        private ImmutableKeyedHandler(Type type, bool isDictionary)
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

        public static ImmutableKeyedHandler? TryCreate(Type type)
        {
            if (!type.IsGenericType || type.Namespace != "System.Collections.Immutable")
            {
                return null;
            }

            var name = type.GetGenericTypeDefinition().Name;
            var isDictionary = name == "ImmutableDictionary`2" || name == "ImmutableSortedDictionary`2";
            if (!isDictionary && name != "ImmutableHashSet`1" && name != "ImmutableSortedSet`1")
            {
                return null;
            }

            try
            {
                return new ImmutableKeyedHandler(type, isDictionary);
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
                    var key = context.CopyKey(entries.Key, position);
                    // Add unboxes a struct value at once, so its box must be filled first.
                    var value = _valuesAreStructs ? context.CopyStructValue(entries.Value, entries.Key) : context.CopyValue(entries.Value, entries.Key);
                    copy = Add(copy, new[] { key, value }, entries.Key, position, source, context);
                    position++;
                }

                return copy;
            }

            foreach (var item in (IEnumerable)source)
            {
                copy = Add(copy, new[] { context.CopyKey(item, position) }, item!, position, source, context);
                position++;
            }

            return copy;
        }

        /// <summary>
        /// Adds a copied entry. Add returns the same collection for a key it holds already (with an equal value), and a
        /// dictionary throws for one with another value: either way the key's copy equals an earlier key's copy.
        /// </summary>
        private object Add(object copy, object?[] entry, object sourceKey, int position, object source, DeepCopyContext context)
        {
            object next;
            try
            {
                next = _add.Invoke(copy, entry)!;
            }
            catch (TargetInvocationException ex) when (_isDictionary && ex.InnerException is ArgumentException && ((IDictionary)copy).Contains(entry[0]!))
            {
                next = copy;
            }

            if (ReferenceEquals(next, copy))
            {
                context.ReportKeyCollision(source, sourceKey, position);
            }

            return next;
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
