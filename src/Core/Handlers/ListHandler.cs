using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="List{T}"/>. A list of immutables is copied in one block when the shell is made.</summary>
    internal sealed class ListHandler<T> : BuiltInHandler<List<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        public override bool NeedsPopulate => !_elementsImmutable;

        protected override List<T> CreateShell(List<T> source, DeepCopyContext context) =>
            _elementsImmutable ? new List<T>(source) : new List<T>(source.Count);

        protected override void Populate(List<T> source, List<T> shell, DeepCopyContext context)
        {
            // PERF: the struct enumerator allocates nothing and throws if another thread changes the list.
            var index = 0;
            foreach (var item in source)
            {
                shell.Add(As<T>(context.CopyElement(item, index++)));
            }
        }
    }
}
