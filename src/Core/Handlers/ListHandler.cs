using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="List{T}"/>. A list of immutables is copied in one block when the shell is made.</summary>
    internal sealed class ListHandler<T> : BuiltInHandler<List<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        public override bool NeedsPopulate => !_elementsImmutable;

        protected override List<T> CreateShell(List<T> source, DeepCopyContext context) =>
            _elementsImmutable ? CopyBlock(source, context) : new List<T>(source.Count);

        protected override void Populate(List<T> source, List<T> shell, DeepCopyContext context)
        {
            // PERF: the struct enumerator allocates nothing and throws if another thread changes the list.
            var index = 0;
            foreach (var item in source)
            {
                shell.Add(As<T>(context.CopyElement(item, index++)));
            }
        }

        /// <summary>
        /// A block copy has no enumerator to notice a writer on another thread, which could leave it torn (a length
        /// from one moment, items from another), so the list's version is compared before and after it.
        /// </summary>
        private static List<T> CopyBlock(List<T> source, DeepCopyContext context)
        {
            var read = CollectionVersion<List<T>>.Read;
            if (read == null)
            {
                return CopyByEnumerator(source, context);
            }

            var version = read(source);
            List<T> copy;
            try
            {
                copy = new List<T>(source);
            }
            catch (ArgumentException)
            {
                // The list grew between the count and the copy.
                context.ReportSourceChanged(source);
                throw;
            }

            if (read(source) != version)
            {
                context.ReportSourceChanged(source);
            }

            return copy;
        }

        private static List<T> CopyByEnumerator(List<T> source, DeepCopyContext context)
        {
            var copy = new List<T>(source.Count);
            try
            {
                foreach (var item in source)
                {
                    context.Tick();
                    copy.Add(item);
                }
            }
            catch (InvalidOperationException)
            {
                context.ReportSourceChanged(source);
            }

            return copy;
        }
    }
}
