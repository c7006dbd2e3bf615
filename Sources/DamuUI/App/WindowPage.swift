/// A page of the window's stack, with the buttons it puts in the header bar while it shows.
@MainActor
protocol WindowPage: AnyObject {
    var widget: Widget { get }
    var headerButtons: [Widget] { get }
}

extension WindowPage {
    var headerButtons: [Widget] { [] }
}

extension ProfileChooserPage: WindowPage {}
extension ProfileEditorPage: WindowPage {}
extension HistoryPage: WindowPage {}
extension AnalysisEditorPage: WindowPage {}
extension RouteSheetPage: WindowPage {}
extension ReflectionCardsPage: WindowPage {}
extension PresentationPage: WindowPage {}
extension TeamPickerPage: WindowPage {}
