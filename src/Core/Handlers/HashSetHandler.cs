using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="HashSet{T}"/> with its comparer; each element is complete before it is hashed.</summary>
    internal sealed class HashSetHandler<T> : BuiltInHandler<HashSet<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override HashSet<T> CreateShell(HashSet<T> source, DeepCopyContext context) => new HashSet<T>(source.Comparer);

        protected override void Populate(HashSet<T> source, HashSet<T> shell, DeepCopyContext context)
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
