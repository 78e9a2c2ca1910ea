using System.Collections.ObjectModel;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an <see cref="ObservableCollection{T}"/>. Event subscriptions are not part of the data and are not
    /// carried over: a copy of a bound collection must not notify the source's listeners.
    /// </summary>
    internal sealed class ObservableCollectionHandler<T> : BuiltInHandler<ObservableCollection<T>>
    {
        private readonly bool _elementsImmutable = AlwaysImmutable(typeof(T));

        protected override ObservableCollection<T> CreateShell(ObservableCollection<T> source, DeepCopyContext context) =>
            new ObservableCollection<T>();

        protected override void Populate(ObservableCollection<T> source, ObservableCollection<T> shell, DeepCopyContext context)
        {
            var index = 0;
            foreach (var item in source)
            {
                context.Tick();
                shell.Add(_elementsImmutable ? item : As<T>(context.CopyElement(item, index)));
                index++;
            }
        }
    }
}
