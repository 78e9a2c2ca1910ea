using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="SortedSet{T}"/> with its comparer; each element is complete before it is compared.</summary>
    internal sealed class SortedSetHandler<T> : BuiltInHandler<SortedSet<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override SortedSet<T> CreateShell(SortedSet<T> source, DeepCopyContext context) => new SortedSet<T>(source.Comparer);

        protected override void Populate(SortedSet<T> source, SortedSet<T> shell, DeepCopyContext context)
        {
            var position = 0;
            foreach (var item in source)
            {
                context.TickInsert();
                if (!shell.Add(_elementsImmutable ? item : As<T>(context.CopyKey(item, position))))
                {
                    // The copy equals the copy of an earlier element: the set would be one short.
                    context.ReportKeyCollision(source, item!, position);
                }

                position++;
            }

            EnsureSameCount(source.Count, shell.Count, source, context);
        }
    }
}
