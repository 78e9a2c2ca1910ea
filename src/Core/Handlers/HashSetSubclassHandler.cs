using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a subclass of <see cref="HashSet{T}"/>: see <see cref="SubclassRebuilder"/>.</summary>
    internal sealed class HashSetSubclassHandler<T> : DeepCopyHandler
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;

        public HashSetSubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(HashSet<T>), new[] { typeof(IEqualityComparer<T>) });
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context) =>
            _rebuilder.CreateShell(source, ((HashSet<T>)source).Comparer);

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            var from = (HashSet<T>)source;
            var to = (HashSet<T>)shell;
            var position = 0;
            foreach (var item in from)
            {
                if (!to.Add((T)context.CopyKey(item, position)!))
                {
                    // The copy equals the copy of an earlier element: the set would be one short.
                    context.ReportKeyCollision(source, item!, position);
                }

                position++;
            }

            if (to.Count != from.Count)
            {
                context.ReportSourceChanged(source);
            }
        }
    }
}
