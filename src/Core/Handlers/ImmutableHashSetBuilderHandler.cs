using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an ImmutableHashSet's Builder with the source's comparer, each element complete before it is hashed: it
    /// stores hash codes like the set does (see <see cref="ImmutableDictionaryBuilderHandler{TKey, TValue}"/>).
    /// </summary>
    internal sealed class ImmutableHashSetBuilderHandler<T> : BuiltInHandler<ISet<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));
        private readonly Type _type;
        private readonly ImmutableBuilderFactory _factory;

        public ImmutableHashSetBuilderHandler(Type type, ImmutableBuilderFactory factory)
        {
            _type = type;
            _factory = factory;
        }

        public override bool CanHandle(Type type) => type == _type;

        protected override ISet<T> CreateShell(ISet<T> source, DeepCopyContext context) => (ISet<T>)_factory.CreateEmpty(source);

        protected override void Populate(ISet<T> source, ISet<T> shell, DeepCopyContext context)
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
