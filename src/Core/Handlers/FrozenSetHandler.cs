using System;
using System.Collections.Generic;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a FrozenSet (System.Collections.Frozen, .NET 8+) through <c>FrozenSet.ToFrozenSet</c> with the source's
    /// comparer, each element complete before it is hashed; for the same reason as <see cref="FrozenDictionaryHandler{TKey, TValue}"/>.
    /// </summary>
    internal sealed class FrozenSetHandler<T> : WholeCopyHandler
    {
        private readonly bool _elementsImmutable = SlotTypes.AlwaysImmutable(typeof(T));
        private readonly PropertyInfo _comparer;
        private readonly Func<IEnumerable<T>, IEqualityComparer<T>?, object> _freeze;

        public FrozenSetHandler(Type type, Type frozenBase, MethodInfo toFrozenSet)
            : base(type)
        {
            _comparer = frozenBase.GetProperty("Comparer", BindingFlags.Public | BindingFlags.Instance)!;
            _freeze = (Func<IEnumerable<T>, IEqualityComparer<T>?, object>)Delegate.CreateDelegate(
                typeof(Func<IEnumerable<T>, IEqualityComparer<T>?, object>), toFrozenSet.MakeGenericMethod(typeof(T)));
        }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var elements = (IReadOnlyCollection<T>)source;
            var copied = new List<T>(elements.Count);
            var position = 0;
            foreach (var element in elements)
            {
                context.Tick();
                copied.Add(_elementsImmutable ? element : As<T>(context.CopyKey(element, position)));
                position++;
            }

            var comparer = (IEqualityComparer<T>?)_comparer.GetValue(source);
            var frozen = _freeze(copied, comparer);

            // ToFrozenSet keeps one of equal elements: a smaller set means two copies became equal.
            if (((IReadOnlyCollection<T>)frozen).Count < copied.Count)
            {
                var repeat = RepeatedKeys.FirstRepeat(copied, comparer);
                context.ReportKeyCollision(source, RepeatedKeys.At(elements, repeat)!, repeat);
            }

            return frozen;
        }

        internal override IEnumerable<WholeCopyPart> Parts(object source)
        {
            var position = 0;
            foreach (var element in (IReadOnlyCollection<T>)source)
            {
                yield return WholeCopyPart.Key(element, position++);
            }
        }
    }
}
